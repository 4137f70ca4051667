package io.fundmatch.nightly;

import io.fundmatch.eligibility.QualificationRule;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LearnedScorer;
import io.fundmatch.rank.LinearRanker;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The learned ranker's second stage in the nightly job: an enterprise's candidate areas (the encoder's best of its
 * jurisdiction) get the learned ranker's pair features ({@link LearnedScorer#features(Probe,
 * io.fundmatch.match.rank.Corpus, int[], int[], io.fundmatch.rank.TowerSignal, double[], double[])}, read over its
 * jurisdiction's areas) and score, a holder of a qualification an area cultivates is
 * lowered by {@link MatchingRecommender#demoteCultivatedHolder} (as the service does), and the best eligible ones are
 * kept, ties by area id.
 */
final class Reranker {

    private static final int INELIGIBLE = EligibilityStatus.INELIGIBLE.ordinal();

    private final AreaIndex areas;
    private final LinearRanker ranker;
    private final io.fundmatch.rank.TowerSignal towers;

    /** The towers the ranker's tower features read, or null when it reads none. */
    io.fundmatch.rank.TowerSignal towers() {
        return towers;
    }

    Reranker(AreaIndex areas, NightlyRanking ranking) {
        this.areas = areas;
        this.ranker = ranking.linearRanker();
        this.towers = ranker.usesTowers() ? ranking.towerSignal() : null;
    }

    /**
     * @param scope      the areas the enterprise's jurisdiction admits (refs into the area index), which its signals
     *                   are read over as the service reads them
     * @param candidates the first stage's areas (refs into the area index), within {@code scope}
     * @param status     eligibility status ordinal of the enterprise for an area
     * @param encoder the profile's encoder similarity to every area in force ({@link EncoderScoreBatches}), or null
     *                to compute it here
     * @param tower   the profile's tower score to every area in force ({@link EncoderScoreBatches}), or null to
     *                compute it here (when the ranker reads the towers)
     * @return the best {@code topK} eligible candidates by learned score, the status as tag
     */
    TopHeap.Ranked rerank(
            EnterpriseProfile p,
            float[] vector,
            double[] encoder,
            double[] tower,
            int[] scope,
            TopHeap.Ranked candidates,
            int topK,
            IntUnaryOperator status) {
        int[] refs = candidates.refs();
        double[][] x = LearnedScorer.features(
                new Probe(MatchText.bag(p), vector, p), areas.corpus(), scope, refs, towers, encoder, tower);
        double[] score = new double[refs.length];
        Integer[] order = new Integer[refs.length];
        for (int i = 0; i < refs.length; i++) {
            double s = ranker.score(x[i]);
            if (QualificationRule.holdsCultivated(p, areas.area(refs[i])))
                s = MatchingRecommender.demoteCultivatedHolder(s);
            score[i] = s;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : refs[a] - refs[b]);
        float[] s = new float[Math.min(topK, refs.length)];
        int[] r = new int[s.length];
        int[] t = new int[s.length];
        int n = 0;
        for (int i = 0; i < order.length && n < s.length; i++) {
            int st = status.applyAsInt(refs[order[i]]);
            if (st == INELIGIBLE) continue;
            s[n] = (float) score[order[i]];
            r[n] = refs[order[i]];
            t[n++] = st;
        }
        return new TopHeap.Ranked(Arrays.copyOf(s, n), Arrays.copyOf(r, n), Arrays.copyOf(t, n));
    }
}
