package io.fundmatch.match.rank;

/** Dot product of unit-norm embeddings from the trained two-tower model (cosine similarity). */
public final class EmbeddingScorer implements Scorer {

    @Override
    public String name() {
        return "tower";
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        return corpus.matrix().dot(probe.embedding());
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
