package io.fundmatch.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How sure a difference in mean nDCG@10 between two rankers is: a paired percentile bootstrap over the judged queries
 * both rankers answered (the same profiles or areas, so their difference per query is resampled, not each mean on its
 * own). With a few dozen queries a difference of a few points can be noise; the interval says how much.
 */
public final class PairedBootstrap {

    /** Resamples drawn; the seed is fixed so a report is reproducible. */
    public static final int RESAMPLES = 2_000;

    private static final long SEED = 20_261_202L;

    /**
     * @param mean    mean over the queries of (ranker − baseline) nDCG@10
     * @param low     2.5th percentile of the resampled means
     * @param high    97.5th percentile of the resampled means
     * @param queries judged queries both rankers answered
     */
    public record Interval(double mean, double low, double high, int queries) {

        /** "95 % interval +0.008 to +0.098 over 104 judged queries, paired bootstrap". */
        public String describe() {
            return String.format(
                    java.util.Locale.ROOT,
                    "95 %% interval %+.3f to %+.3f over %d judged queries, paired bootstrap",
                    low,
                    high,
                    queries);
        }
    }

    private PairedBootstrap() {}

    /**
     * The 95 % interval of {@code ranker}'s mean nDCG@10 minus {@code baseline}'s over the judged queries of one
     * direction and split; null when no judged query has both.
     */
    public static Interval ndcg10(
            List<Evaluation.QueryResult> results, String ranker, String baseline, String direction, String split) {
        Map<String, Double> base = new HashMap<>();
        for (Evaluation.QueryResult r : results)
            if (matches(r, baseline, direction, split)) base.put(r.query(), r.ndcg10());
        List<Double> diffs = new ArrayList<>();
        for (Evaluation.QueryResult r : results) {
            if (!matches(r, ranker, direction, split)) continue;
            Double b = base.get(r.query());
            if (b != null) diffs.add(r.ndcg10() - b);
        }
        if (diffs.isEmpty()) return null;
        return of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The 95 % percentile bootstrap interval of the mean of {@code differences}. */
    static Interval of(double[] differences) {
        int n = differences.length;
        double mean = Arrays.stream(differences).sum() / n;
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += differences[random.nextInt(n)];
            means[b] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(mean, means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1], n);
    }

    private static boolean matches(Evaluation.QueryResult r, String ranker, String direction, String split) {
        return r.judged()
                && r.ranker().equals(ranker)
                && r.direction().equals(direction)
                && r.split().equals(split);
    }
}
