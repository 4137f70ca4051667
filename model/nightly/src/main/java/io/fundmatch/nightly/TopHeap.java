package io.fundmatch.nightly;

import java.util.Arrays;

/**
 * The best {@code capacity} entries seen, by score (higher first) and then by a fixed tie order on the
 * entry's reference (so reruns rank ties identically). A bounded binary heap whose root is the worst entry
 * kept: offering costs O(log capacity) and memory stays at the capacity however many entries pass.
 */
public final class TopHeap {

    /** Orders references for equal scores: negative when {@code a} ranks before {@code b}. */
    @FunctionalInterface
    public interface TieOrder {
        int compare(int a, int b);
    }

    public static final TieOrder BY_REF = Integer::compare;

    private final int capacity;
    private final TieOrder tie;
    private float[] scores;
    private int[] refs;
    private int[] tags;
    private float[] extras;
    private int size;

    public TopHeap(int capacity, TieOrder tie) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        this.capacity = capacity;
        this.tie = tie;
        int initial = Math.min(capacity, 16);
        scores = new float[initial];
        refs = new int[initial];
        tags = new int[initial];
        extras = new float[initial];
    }

    public int size() {
        return size;
    }

    /** Whether an entry with this score and reference would be kept (cheap; lets callers skip costly checks). */
    public boolean admits(float score, int ref) {
        return size < capacity || better(score, ref, scores[0], refs[0]);
    }

    /** Keeps the entry when it is among the best so far; {@code tag} is carried along (e.g. a status). */
    public void offer(float score, int ref, int tag) {
        offer(score, ref, tag, Float.NaN);
    }

    /** As {@link #offer(float, int, int)}, with a second value carried along ({@code extra}, e.g. a pair's tower score). */
    public void offer(float score, int ref, int tag, float extra) {
        if (size < capacity) {
            if (size == scores.length) grow();
            scores[size] = score;
            refs[size] = ref;
            tags[size] = tag;
            extras[size] = extra;
            siftUp(size++);
        } else if (better(score, ref, scores[0], refs[0])) {
            scores[0] = score;
            refs[0] = ref;
            tags[0] = tag;
            extras[0] = extra;
            siftDown(0);
        }
    }

    /** Entries best first: parallel arrays in {@link Ranked}. The heap is unchanged. */
    public Ranked ranked() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(
                order,
                (a, b) -> better(scores[a], refs[a], scores[b], refs[b])
                        ? -1
                        : better(scores[b], refs[b], scores[a], refs[a]) ? 1 : 0);
        float[] s = new float[size];
        int[] r = new int[size];
        int[] t = new int[size];
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            s[i] = scores[order[i]];
            r[i] = refs[order[i]];
            t[i] = tags[order[i]];
            x[i] = extras[order[i]];
        }
        return new Ranked(s, r, t, x);
    }

    /** Kept entries, best first; {@code extras} as offered (NaN where none was). */
    public record Ranked(float[] scores, int[] refs, int[] tags, float[] extras) {

        /** Entries without a second value. */
        public Ranked(float[] scores, int[] refs, int[] tags) {
            this(scores, refs, tags, filledNaN(refs.length));
        }

        private static float[] filledNaN(int n) {
            float[] x = new float[n];
            Arrays.fill(x, Float.NaN);
            return x;
        }

        public int size() {
            return refs.length;
        }
    }

    private boolean better(float s1, int r1, float s2, int r2) {
        if (s1 != s2) return s1 > s2;
        return tie.compare(r1, r2) < 0;
    }

    private void grow() {
        int n = Math.min(capacity, scores.length * 2);
        scores = Arrays.copyOf(scores, n);
        refs = Arrays.copyOf(refs, n);
        tags = Arrays.copyOf(tags, n);
        extras = Arrays.copyOf(extras, n);
    }

    /** Min-heap on "better": the root is the worst entry. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(scores[parent], refs[parent], scores[i], refs[i])) break;
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) return;
            int worst = l;
            int r = l + 1;
            if (r < size && better(scores[l], refs[l], scores[r], refs[r])) worst = r;
            if (!better(scores[i], refs[i], scores[worst], refs[worst])) return;
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int r = refs[a];
        refs[a] = refs[b];
        refs[b] = r;
        int t = tags[a];
        tags[a] = tags[b];
        tags[b] = t;
        float x = extras[a];
        extras[a] = extras[b];
        extras[b] = x;
    }
}
