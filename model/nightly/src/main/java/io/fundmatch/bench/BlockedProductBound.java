package io.fundmatch.bench;

import io.fundmatch.nightly.TopHeap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's bound for the nightly scoring: the same embeddings and the same jurisdiction blocks, scored
 * in-process as blocked matrix products (a tile of enterprises × a tile of areas at a time, both contiguous)
 * with a top-K heap per enterprise, on a fixed number of threads; no Spark, no eligibility, no output.
 */
public final class BlockedProductBound {

    static final int ENTERPRISE_TILE = 32;
    static final int AREA_TILE = 256;

    /** @param enterpriseBlocks enterprises grouped by jurisdiction: the block's key and its row indexes */
    public record Input(
            float[] enterprises,
            int enterpriseCount,
            float[] areas,
            int areaCount,
            int dimension,
            Map<String, int[]> enterpriseBlocks,
            Map<String, int[]> areaCandidates) {}

    /** @return pairs scored */
    public static long run(Input in, int topK, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong pairs = new AtomicLong();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Map.Entry<String, int[]> block : in.enterpriseBlocks().entrySet()) {
                int[] rows = block.getValue();
                int[] candidates = in.areaCandidates().get(block.getKey());
                if (candidates == null || candidates.length == 0) continue;
                for (int from = 0; from < rows.length; from += 4096) {
                    int start = from;
                    jobs.add(pool.submit(() -> pairs.addAndGet(
                            scoreBlock(in, rows, start, Math.min(rows.length, start + 4096), candidates, topK))));
                }
            }
            for (Future<?> f : jobs) f.get();
        } finally {
            pool.shutdown();
        }
        return pairs.get();
    }

    private static long scoreBlock(Input in, int[] rows, int from, int to, int[] candidates, int topK) {
        int d = in.dimension();
        int m = candidates.length;
        float[] a = new float[m * d];
        for (int j = 0; j < m; j++) System.arraycopy(in.areas(), candidates[j] * d, a, j * d, d);
        int n = to - from;
        float[] e = new float[n * d];
        for (int i = 0; i < n; i++) System.arraycopy(in.enterprises(), rows[from + i] * d, e, i * d, d);
        TopHeap[] heaps = new TopHeap[n];
        for (int i = 0; i < n; i++) heaps[i] = new TopHeap(topK, TopHeap.BY_REF);
        float[] tile = new float[ENTERPRISE_TILE * AREA_TILE];
        for (int i0 = 0; i0 < n; i0 += ENTERPRISE_TILE) {
            int i1 = Math.min(n, i0 + ENTERPRISE_TILE);
            for (int j0 = 0; j0 < m; j0 += AREA_TILE) {
                int j1 = Math.min(m, j0 + AREA_TILE);
                for (int i = i0; i < i1; i++) {
                    int eo = i * d;
                    int to2 = (i - i0) * AREA_TILE;
                    for (int j = j0; j < j1; j++) {
                        int ao = j * d;
                        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                        int k = 0;
                        for (; k + 3 < d; k += 4) {
                            s0 += e[eo + k] * a[ao + k];
                            s1 += e[eo + k + 1] * a[ao + k + 1];
                            s2 += e[eo + k + 2] * a[ao + k + 2];
                            s3 += e[eo + k + 3] * a[ao + k + 3];
                        }
                        for (; k < d; k++) s0 += e[eo + k] * a[ao + k];
                        tile[to2 + (j - j0)] = (s0 + s1) + (s2 + s3);
                    }
                }
                for (int i = i0; i < i1; i++) {
                    TopHeap h = heaps[i];
                    int to2 = (i - i0) * AREA_TILE;
                    for (int j = j0; j < j1; j++) {
                        float s = tile[to2 + (j - j0)];
                        if (h.admits(s, candidates[j])) h.offer(s, candidates[j], 0);
                    }
                }
            }
        }
        return (long) n * m;
    }

    /** Groups row indexes by key. */
    public static Map<String, int[]> group(List<String> keyOfRow) {
        Map<String, List<Integer>> g = new HashMap<>();
        for (int i = 0; i < keyOfRow.size(); i++)
            g.computeIfAbsent(keyOfRow.get(i), k -> new ArrayList<>()).add(i);
        Map<String, int[]> out = new HashMap<>();
        g.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
