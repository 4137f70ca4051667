package io.fundmatch.eval;

/** Ranking metrics over graded relevance (gain 2^grade - 1); an item is relevant when its grade is at least 1. */
public final class Metrics {

    private Metrics() {}

    /**
     * nDCG@k of a ranking.
     *
     * @param ranked grades in ranked order
     * @param all    every grade of the judged pool (for the ideal ranking)
     */
    public static double ndcg(int[] ranked, int[] all, int k) {
        double idcg = dcg(sortedDesc(all), k);
        return idcg == 0 ? 0 : dcg(ranked, k) / idcg;
    }

    public static double recall(int[] ranked, int[] all, int k) {
        int relevant = 0;
        for (int g : all) if (g > 0) relevant++;
        if (relevant == 0) return 0;
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) if (ranked[i] > 0) found++;
        return (double) found / relevant;
    }

    /** Reciprocal rank of the first relevant item; 0 when none is ranked. */
    public static double mrr(int[] ranked) {
        for (int i = 0; i < ranked.length; i++) if (ranked[i] > 0) return 1.0 / (i + 1);
        return 0;
    }

    public static boolean hasRelevant(int[] all) {
        for (int g : all) if (g > 0) return true;
        return false;
    }

    static double dcg(int[] grades, int k) {
        double s = 0;
        for (int i = 0; i < Math.min(k, grades.length); i++)
            s += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        return s;
    }

    private static int[] sortedDesc(int[] a) {
        int[] c = a.clone();
        java.util.Arrays.sort(c);
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            int t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return c;
    }
}
