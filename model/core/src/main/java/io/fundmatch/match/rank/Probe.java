package io.fundmatch.match.rank;

import io.fundmatch.match.text.TermBag;

/** The query side of one scoring call: the query item's term bag and embedding (null without a trained model). */
public record Probe(TermBag bag, float[] embedding) {
}
