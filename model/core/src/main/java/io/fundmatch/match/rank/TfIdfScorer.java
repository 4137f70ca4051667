package io.fundmatch.match.rank;

/** Cosine between sublinear TF-IDF vectors over words and character bigrams. */
public final class TfIdfScorer implements Scorer {

    @Override
    public String name() {
        return "tfidf";
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        return corpus.terms().cosine(probe.bag());
    }
}
