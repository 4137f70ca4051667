package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void idealRankingScoresOneAndReversedScoresLess() {
        int[] all = {2, 1, 0, 0};
        assertEquals(1.0, Metrics.ndcg(new int[] {2, 1, 0, 0}, all, 10), 1e-9);
        double reversed = Metrics.ndcg(new int[] {0, 0, 1, 2}, all, 10);
        assertEquals(
                (1 / (Math.log(4) / Math.log(2)) + 3 / (Math.log(5) / Math.log(2)))
                        / (3 + 1 / (Math.log(3) / Math.log(2))),
                reversed,
                1e-9);
    }

    @Test
    void recallCountsRelevantItemsMissingFromTheRankingAndMrrTheFirstHit() {
        int[] all = {2, 1, 1, 0};
        assertEquals(1.0 / 3, Metrics.recall(new int[] {0, 2}, all, 10), 1e-9);
        assertEquals(0.5, Metrics.mrr(new int[] {0, 2}), 1e-9);
        assertEquals(0.0, Metrics.mrr(new int[] {0, 0}), 1e-9);
    }
}
