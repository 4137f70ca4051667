package io.fundmatch.encoder;

import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.rank.Scorer;

/**
 * Cosine similarity of sentence-encoder vectors where either side may hold several passages ({@code dim} floats
 * each, one after the other): a pair scores its best passage pair. Items without a vector score 0.
 */
public final class PassageScorer implements Scorer {

    private final String name;
    private final int dim;

    public PassageScorer(String name, int dim) {
        this.name = name;
        this.dim = dim;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        double[] out = new double[corpus.size()];
        float[] q = probe.embedding();
        if (q == null || q.length < dim) return out;
        for (int i = 0; i < out.length; i++) out[i] = best(q, corpus.entry(i).embedding(), dim);
        return out;
    }

    /** The largest dot product between any passage of {@code a} and any of {@code b}; 0 when either is missing. */
    public static double best(float[] a, float[] b, int dim) {
        if (a == null || b == null || a.length < dim || b.length < dim) return 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + dim <= a.length; i += dim) {
            for (int j = 0; j + dim <= b.length; j += dim) {
                float s = 0;
                for (int k = 0; k < dim; k++) s += a[i + k] * b[j + k];
                if (s > best) best = s;
            }
        }
        return best;
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
