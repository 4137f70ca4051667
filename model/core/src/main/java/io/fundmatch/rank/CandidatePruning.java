package io.fundmatch.rank;

import java.util.Arrays;

/**
 * The learned ranker's cheap first stage: of the items eligibility admits, the union of the best {@code k} by each
 * first-stage signal (encoder similarity, BM25, TF-IDF), so pair features are built for a few hundred candidates
 * instead of the whole catalogue or registry; and the scores of the items left out, all below the candidates'.
 */
public final class CandidatePruning {

    private CandidatePruning() {}

    /**
     * The candidates in ascending index order: the union over {@code signals} of the {@code k} best of
     * {@code admissible} (null: every index), ties by lower index. When no more than {@code k} are admissible,
     * {@code admissible} itself (null when every index is: nothing to prune).
     */
    public static int[] union(int[] admissible, int k, double[]... signals) {
        int n = signals[0].length;
        int pool = admissible == null ? n : admissible.length;
        if (pool <= k) return admissible;
        boolean[] kept = new boolean[n];
        for (double[] s : signals) {
            for (int i : best(admissible, n, k, s)) kept[i] = true;
        }
        int count = 0;
        for (boolean b : kept) if (b) count++;
        int[] out = new int[count];
        int j = 0;
        for (int i = 0; i < n; i++) if (kept[i]) out[j++] = i;
        return out;
    }

    /**
     * Scores by index: the candidates' own at their {@code rows}, every other item below {@code floor} (the lowest
     * candidate score) by at least 0.5, ordered among themselves by {@code cheap} (clamped to [0, 1]).
     */
    public static double[] below(int n, int[] rows, double[] scores, double floor, double[] cheap) {
        double[] out = new double[n];
        double base = Double.isFinite(floor) ? floor - 1 : -1;
        for (int i = 0; i < n; i++) out[i] = base + 0.5 * Math.max(0, Math.min(1, cheap[i]));
        for (int j = 0; j < rows.length; j++) out[rows[j]] = scores[j];
        return out;
    }

    /** The {@code k} best indices of {@code pool} (null: 0..n-1) by {@code s}: a bounded min-heap, O(n log k). */
    static int[] best(int[] pool, int n, int k, double[] s) {
        int size = pool == null ? n : pool.length;
        int[] heap = new int[Math.min(k, size)];
        int filled = 0;
        for (int j = 0; j < size; j++) {
            int i = pool == null ? j : pool[j];
            if (filled < heap.length) {
                heap[filled] = i;
                up(heap, filled++, s);
            } else if (better(i, heap[0], s)) {
                heap[0] = i;
                down(heap, 0, filled, s);
            }
        }
        return filled == heap.length ? heap : Arrays.copyOf(heap, filled);
    }

    /** Whether index a ranks before index b: a higher score (NaN lowest), ties by the lower index. */
    private static boolean better(int a, int b, double[] s) {
        double x = Double.isNaN(s[a]) ? Double.NEGATIVE_INFINITY : s[a];
        double y = Double.isNaN(s[b]) ? Double.NEGATIVE_INFINITY : s[b];
        return x > y || (x == y && a < b);
    }

    private static void up(int[] h, int i, double[] s) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(h[parent], h[i], s)) break; // the root holds the worst kept index
            int t = h[parent];
            h[parent] = h[i];
            h[i] = t;
            i = parent;
        }
    }

    private static void down(int[] h, int i, int size, double[] s) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) return;
            int worst = l;
            if (l + 1 < size && better(h[l], h[l + 1], s)) worst = l + 1;
            if (!better(h[i], h[worst], s)) return;
            int t = h[i];
            h[i] = h[worst];
            h[worst] = t;
            i = worst;
        }
    }
}
