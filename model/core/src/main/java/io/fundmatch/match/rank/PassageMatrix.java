package io.fundmatch.match.rank;

import java.util.List;

/**
 * The sentence-encoder vectors of one side, every passage of every item in one row-major float array, with the item
 * each passage row belongs to: scoring a query against the whole side is one pass over contiguous memory instead of
 * one array per item. {@link #best} gives, per item, the largest dot product between any query passage and any of
 * its passages, computed exactly as a plain loop per pair does (the same float sum in the same order), eight rows at
 * a time so that the processor works on eight independent sums at once.
 */
public final class PassageMatrix {

    private final float[] data;
    private final int[] owner;
    private final int items;
    private final int dim;
    /** the passages transposed in tiles of {@value #TILE} rows (one array per tile and dimension), built on first use */
    private volatile float[][] tiles;
    /** the first passage row of each item, built on first use */
    private volatile int[] firstRows;

    private PassageMatrix(float[] data, int[] owner, int items, int dim) {
        this.data = data;
        this.owner = owner;
        this.items = items;
        this.dim = dim;
    }

    /** The passages of {@code vectors} ({@code dim} floats each, one after the other; null or shorter: none). */
    public static PassageMatrix of(List<float[]> vectors, int dim) {
        int rows = 0;
        for (float[] v : vectors) if (v != null && v.length >= dim) rows += v.length / dim;
        float[] data = new float[rows * dim];
        int[] owner = new int[rows];
        int r = 0;
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v == null || v.length < dim) continue;
            for (int j = 0; j + dim <= v.length; j += dim, r++) {
                System.arraycopy(v, j, data, r * dim, dim);
                owner[r] = i;
            }
        }
        return new PassageMatrix(data, owner, vectors.size(), dim);
    }

    public int dim() {
        return dim;
    }

    /**
     * Per item, the largest dot product between any passage of {@code query} and any of the item's passages; 0 for
     * an item without passages, and 0 everywhere when the query has none.
     */
    public double[] best(float[] query) {
        return best(query, null);
    }

    /**
     * {@link #best(float[])} of the items at {@code items} only (null: every item), bit for bit the same values
     * there; every other place is 0. A request that can only be answered from its jurisdiction's items reads only
     * their passages.
     */
    public double[] best(float[] query, int[] items) {
        double[] best = new double[this.items];
        if (query == null || query.length < dim || dim == 0) return best;
        int[] rows = rowsOf(items);
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int count = rows == null ? owner.length : rows.length;
        for (int qo = 0; qo + dim <= query.length; qo += dim) {
            int j = 0;
            for (; j + 8 <= count; j += 8) bestOfEight(query, qo, rows, j, best);
            for (; j < count; j++) {
                int r = rows == null ? j : rows[j];
                int o = r * dim;
                float s = 0;
                for (int k = 0; k < dim; k++) s += query[qo + k] * data[o + k];
                keep(best, owner[r], s);
            }
        }
        for (int i = 0; i < this.items; i++) if (best[i] == Double.NEGATIVE_INFINITY) best[i] = 0;
        return best;
    }

    /**
     * The sums of the query passage at {@code qo} with the eight passage rows at {@code rows[j..j+8)} (null: rows
     * j..j+8), kept into {@code best}: eight independent sums at once, each the plain loop's float sum in its order.
     */
    private void bestOfEight(float[] query, int qo, int[] rows, int j, double[] best) {
        int r0 = rows == null ? j : rows[j];
        int r1 = rows == null ? j + 1 : rows[j + 1];
        int r2 = rows == null ? j + 2 : rows[j + 2];
        int r3 = rows == null ? j + 3 : rows[j + 3];
        int r4 = rows == null ? j + 4 : rows[j + 4];
        int r5 = rows == null ? j + 5 : rows[j + 5];
        int r6 = rows == null ? j + 6 : rows[j + 6];
        int r7 = rows == null ? j + 7 : rows[j + 7];
        int o0 = r0 * dim, o1 = r1 * dim, o2 = r2 * dim, o3 = r3 * dim;
        int o4 = r4 * dim, o5 = r5 * dim, o6 = r6 * dim, o7 = r7 * dim;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (int k = 0; k < dim; k++) {
            float q = query[qo + k];
            s0 += q * data[o0 + k];
            s1 += q * data[o1 + k];
            s2 += q * data[o2 + k];
            s3 += q * data[o3 + k];
            s4 += q * data[o4 + k];
            s5 += q * data[o5 + k];
            s6 += q * data[o6 + k];
            s7 += q * data[o7 + k];
        }
        keep(best, owner[r0], s0);
        keep(best, owner[r1], s1);
        keep(best, owner[r2], s2);
        keep(best, owner[r3], s3);
        keep(best, owner[r4], s4);
        keep(best, owner[r5], s5);
        keep(best, owner[r6], s6);
        keep(best, owner[r7], s7);
    }

    /** The passage rows of {@code items} (null: null, every row). */
    private int[] rowsOf(int[] items) {
        if (items == null) return null;
        int[] first = firstRows();
        int count = 0;
        for (int i : items) count += first[i + 1] - first[i];
        int[] rows = new int[count];
        int at = 0;
        for (int i : items) for (int r = first[i]; r < first[i + 1]; r++) rows[at++] = r;
        return rows;
    }

    /** {@code first[i]}: the first passage row of item i (rows are stored item after item); {@code first[items]}: all. */
    private int[] firstRows() {
        int[] f = firstRows;
        if (f != null) return f;
        f = new int[items + 1];
        for (int o : owner) f[o + 1]++;
        for (int i = 0; i < items; i++) f[i + 1] += f[i];
        firstRows = f;
        return f;
    }

    private static void keep(double[] best, int item, float s) {
        if (s > best[item]) best[item] = s;
    }

    /** Passage rows scored together by {@link #bestOfEach}: one tile's sums of a batch of queries stay in the cache. */
    static final int TILE = 256;

    /**
     * {@link #best} of each query, bit for bit, faster for many queries of one passage each: the passages are read
     * transposed, a tile of {@value #TILE} rows and one dimension at a time, for every query of the batch, so each
     * row is read from memory once for the whole batch instead of once per query, and the sums of a tile's rows run
     * side by side (which the JIT turns into vector instructions). Every pair's sum is still the same float sum in the
     * same order as a plain loop over the dimensions. Queries of several passages (or none) are scored by {@link #best}.
     */
    public double[][] bestOfEach(List<float[]> queries) {
        double[][] out = new double[queries.size()][];
        List<Integer> single = new java.util.ArrayList<>();
        for (int q = 0; q < out.length; q++) {
            float[] query = queries.get(q);
            if (dim > 0 && query != null && query.length == dim && owner.length > 0) single.add(q);
            else out[q] = best(query);
        }
        if (single.isEmpty()) return out;
        float[][] t = transposed();
        int b = single.size();
        double[][] best = new double[b][items];
        for (double[] row : best) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        float[][] sums = new float[b][TILE];
        int rows = owner.length;
        for (int tile = 0; tile * TILE < rows; tile++) {
            for (float[] s : sums) java.util.Arrays.fill(s, 0f);
            for (int k = 0; k < dim; k++) {
                float[] column = t[tile * dim + k];
                for (int q = 0; q < b; q++) addScaled(sums[q], queries.get(single.get(q))[k], column);
            }
            int from = tile * TILE;
            int to = Math.min(rows, from + TILE);
            for (int q = 0; q < b; q++) {
                float[] s = sums[q];
                double[] bq = best[q];
                for (int r = from; r < to; r++) keep(bq, owner[r], s[r - from]);
            }
        }
        for (int q = 0; q < b; q++) {
            double[] bq = best[q];
            for (int i = 0; i < items; i++) if (bq[i] == Double.NEGATIVE_INFINITY) bq[i] = 0;
            out[single.get(q)] = bq;
        }
        return out;
    }

    /** {@code sums[j] += a * column[j]} for every j: one multiplication and one addition, as the plain loop does. */
    private static void addScaled(float[] sums, float a, float[] column) {
        for (int j = 0; j < sums.length; j++) sums[j] += a * column[j];
    }

    /** The passages as {@code t[tile * dim + k][j]} = dimension k of row {@code tile * TILE + j} (zero past the end). */
    private float[][] transposed() {
        float[][] t = tiles;
        if (t != null) return t;
        synchronized (this) {
            if (tiles == null) {
                int rows = owner.length;
                int count = (rows + TILE - 1) / TILE;
                float[][] built = new float[count * dim][TILE];
                for (int r = 0; r < rows; r++) {
                    int tile = r / TILE;
                    int j = r % TILE;
                    for (int k = 0; k < dim; k++) built[tile * dim + k][j] = data[r * dim + k];
                }
                tiles = built;
            }
            return tiles;
        }
    }
}
