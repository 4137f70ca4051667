package io.fundmatch.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Picks the best {@code top} candidates without judging every one: candidates are visited in descending raw
 * score (a binary heap over indices, built in linear time), and eligibility is decided only for those visited.
 * A result's final score never exceeds its raw score (a demotion only lowers it), so the visit stops as soon
 * as {@code top} admitted candidates score above the next raw score: nothing unvisited can overtake them.
 * The outcome equals judging and sorting every candidate (admitted first by score, then, when asked for,
 * rejected ones by score; ties by index). When rejected candidates are not asked for, the caller may name the
 * only indices that can be admitted (e.g. those jurisdiction does not rule out): the others are never visited.
 */
final class TopSelection {

    /** A judged candidate: its index, final score and eligibility. */
    record Candidate(int index, double score, Eligibility eligibility) {
        boolean rejected() {
            return eligibility.status() == EligibilityStatus.INELIGIBLE;
        }
    }

    static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::rejected)
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparingInt(Candidate::index);

    private TopSelection() {}

    /**
     * @param scores           raw scores by index
     * @param admissible       the indices that may be admitted, every other one being rejected for sure; null
     *                         for all. Ignored when {@code includeRejected}: rejected candidates are then ranked too.
     *                         The array is reordered in place (callers pass a fresh one)
     * @param top              how many to return
     * @param includeRejected  also return INELIGIBLE candidates after the others
     * @param judge            eligibility of the candidate at an index
     * @param demoted          whether the candidate's score is lowered by {@code factor} (see {@link #demote})
     * @param factor           the demotion factor, in [0, 1]
     */
    static List<Candidate> select(
            double[] scores,
            int[] admissible,
            int top,
            boolean includeRejected,
            IntFunction<Eligibility> judge,
            IntPredicate demoted,
            double factor) {
        MaxHeap order = new MaxHeap(scores, includeRejected ? null : admissible);
        List<Candidate> admitted = new ArrayList<>();
        List<Candidate> rejected = new ArrayList<>();
        while (order.size() > 0) {
            double next = scores[order.peek()];
            if (admitted.size() >= top && countAbove(admitted, next) >= top) break;
            int i = order.poll();
            Eligibility e = judge.apply(i);
            double s = demoted.test(i) ? demote(scores[i], factor) : scores[i];
            Candidate c = new Candidate(i, s, e);
            if (!c.rejected()) admitted.add(c);
            else if (includeRejected) rejected.add(c);
        }
        admitted.sort(ORDER);
        List<Candidate> out = new ArrayList<>(admitted.subList(0, Math.min(top, admitted.size())));
        if (out.size() < top && includeRejected) {
            rejected.sort(ORDER);
            out.addAll(rejected.subList(0, Math.min(top - out.size(), rejected.size())));
        }
        return out;
    }

    /**
     * Lowers a score by a factor whatever its sign: a positive score is multiplied by {@code factor}, a negative
     * one (a learned ranker's logit) moves away from zero by the same share, so a demotion never raises a score.
     */
    static double demote(double score, double factor) {
        return score - Math.abs(score) * (1 - factor);
    }

    private static int countAbove(List<Candidate> candidates, double score) {
        int n = 0;
        for (Candidate c : candidates) {
            if (c.score > score) n++;
        }
        return n;
    }

    /** Indices ordered by descending score, then ascending index; NaN counts as the lowest score. */
    private static final class MaxHeap {
        private final double[] s;
        private final int[] heap;
        private int size;

        /** over {@code indices} (reordered in place), or over every index of {@code scores} when null */
        MaxHeap(double[] scores, int[] indices) {
            this.s = scores;
            if (indices == null) {
                this.size = scores.length;
                this.heap = new int[size];
                for (int i = 0; i < size; i++) heap[i] = i;
            } else {
                this.size = indices.length;
                this.heap = indices;
            }
            for (int i = size / 2 - 1; i >= 0; i--) siftDown(i);
        }

        int size() {
            return size;
        }

        int peek() {
            return heap[0];
        }

        int poll() {
            int top = heap[0];
            heap[0] = heap[--size];
            if (size > 0) siftDown(0);
            return top;
        }

        private boolean before(int a, int b) {
            double x = Double.isNaN(s[a]) ? Double.NEGATIVE_INFINITY : s[a];
            double y = Double.isNaN(s[b]) ? Double.NEGATIVE_INFINITY : s[b];
            return x > y || (x == y && a < b);
        }

        private void siftDown(int i) {
            int item = heap[i];
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) break;
                int best = l;
                int r = l + 1;
                if (r < size && before(heap[r], heap[l])) best = r;
                if (!before(heap[best], item)) break;
                heap[i] = heap[best];
                i = best;
            }
            heap[i] = item;
        }
    }
}
