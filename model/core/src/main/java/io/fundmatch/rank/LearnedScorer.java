package io.fundmatch.rank;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.PassageScorer;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;

/**
 * The learned ranker ({@code learned}): the {@link PairFeatures} of every candidate, weighed by a
 * {@link LinearRanker}. Ranks both directions: a profile probe against areas, an area probe against enterprises.
 * Plain Java; needs the sentence encoder's vectors.
 */
public final class LearnedScorer implements Scorer {

    private final LinearRanker ranker;

    public LearnedScorer(LinearRanker ranker) {
        this.ranker = ranker;
    }

    public LinearRanker ranker() {
        return ranker;
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public double[] score(Probe probe, Corpus<?> corpus) {
        double[][] x = features(probe, corpus);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = ranker.score(x[i]);
        return out;
    }

    /** The feature rows of the probe against every item of the corpus (also what the trainer learns from). */
    public static double[][] features(Probe probe, Corpus<?> corpus) {
        int[] all = new int[corpus.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return features(probe, corpus, all);
    }

    /**
     * The feature rows of the probe against the corpus items at {@code candidates} only (row i for item
     * {@code candidates[i]}): BM25 and TF-IDF keep the whole corpus's term statistics but are scaled to the
     * candidates' best, and the encoder gap and ranks are taken among the candidates. With every index of the
     * corpus this is {@link #features(Probe, Corpus)}; with a pruned list (the encoder's best, as the nightly job
     * keeps them) it ranks those candidates as the full list would when they include the full list's best.
     */
    public static double[][] features(Probe probe, Corpus<?> corpus, int[] candidates) {
        int n = candidates.length;
        double[] enc = new double[n];
        double maxEnc = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            enc[i] = PassageScorer.best(
                    probe.embedding(), corpus.entry(candidates[i]).embedding(), SentenceEncoder.DIMENSION);
            maxEnc = Math.max(maxEnc, enc[i]);
        }
        double[] bm25 = scaled(pick(corpus.terms().bm25(probe.bag()), candidates));
        double[] tfidf = scaled(pick(corpus.terms().cosine(probe.bag()), candidates));
        double[] encRr = reciprocalRanks(enc);
        double[] tfidfRr = reciprocalRanks(tfidf);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            Object item = corpus.item(candidates[i]);
            EnterpriseProfile p;
            SupportArea a;
            TermBag areaBag;
            if (item instanceof SupportArea area) {
                a = area;
                areaBag = corpus.entry(candidates[i]).bag();
                p = probe.item() instanceof EnterpriseProfile e ? e : null;
            } else {
                p = item instanceof EnterpriseProfile e ? e : null;
                a = probe.item() instanceof SupportArea area ? area : null;
                areaBag = probe.bag();
            }
            x[i] = PairFeatures.of(p, a, areaBag, enc[i], enc[i] - maxEnc, bm25[i], tfidf[i], encRr[i], tfidfRr[i]);
        }
        return x;
    }

    private static double[] pick(double[] all, int[] at) {
        if (at.length == all.length) {
            boolean identity = true;
            for (int i = 0; i < at.length && identity; i++) identity = at[i] == i;
            if (identity) return all;
        }
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) out[i] = all[at[i]];
        return out;
    }

    /** 1 / (1 + rank) of every score among all (rank 0 = the highest; ties share the better rank). */
    static double[] reciprocalRanks(double[] s) {
        int n = s.length;
        double[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int pos = java.util.Arrays.binarySearch(sorted, s[i]);
            while (pos + 1 < n && sorted[pos + 1] == s[i]) pos++; // the last equal value: the best rank of the tie
            out[i] = 1.0 / (1 + (n - 1 - pos));
        }
        return out;
    }

    private static double[] scaled(double[] s) {
        double max = 0;
        for (double v : s) max = Math.max(max, v);
        if (max <= 0) return s;
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) out[i] = s[i] / max;
        return out;
    }

    @Override
    public boolean needsEmbeddings() {
        return true;
    }
}
