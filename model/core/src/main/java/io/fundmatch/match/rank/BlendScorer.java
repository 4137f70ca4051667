package io.fundmatch.match.rank;

import java.util.List;

/**
 * A weighted sum of other scorers, each first scaled so its best score for this probe is 1 (scores of
 * different rankers live on different scales).
 */
public final class BlendScorer implements Scorer {

    private final String name;
    private final List<Scorer> parts;
    private final double[] weights;

    public BlendScorer(String name, List<Scorer> parts, double[] weights) {
        if (parts.size() != weights.length) throw new IllegalArgumentException("one weight per scorer");
        this.name = name;
        this.parts = List.copyOf(parts);
        this.weights = weights.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        double[] out = new double[corpus.size()];
        for (int p = 0; p < parts.size(); p++) {
            double[] s = parts.get(p).score(probe, corpus);
            double max = 0;
            for (double v : s) max = Math.max(max, v);
            if (max <= 0) continue;
            double f = weights[p] / max;
            for (int i = 0; i < out.length; i++) out[i] += f * s[i];
        }
        return out;
    }

    @Override
    public boolean needsEmbeddings() {
        return parts.stream().anyMatch(Scorer::needsEmbeddings);
    }
}
