package io.fundmatch.match.rank;

import io.fundmatch.match.text.TermBag;

/**
 * The query side of one scoring call: the query item's term bag and embedding (null without a trained model),
 * and the item itself (an {@code EnterpriseProfile} when ranking areas, a {@code SupportArea} when ranking
 * enterprises; null when unknown) for scorers that read more than text.
 */
public record Probe(TermBag bag, float[] embedding, Object item) {

    public Probe(TermBag bag, float[] embedding) {
        this(bag, embedding, null);
    }
}
