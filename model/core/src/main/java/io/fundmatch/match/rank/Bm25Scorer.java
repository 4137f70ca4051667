package io.fundmatch.match.rank;

/** Okapi BM25 (k1 = 1.2, b = 0.75) over words and character bigrams, the query's distinct terms each once. */
public final class Bm25Scorer implements Scorer {

    @Override
    public String name() {
        return "bm25";
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        return corpus.terms().bm25(probe.bag());
    }
}
