package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval the report gives around a ranker's nDCG@10 gain over BM25. */
class PairedBootstrapTest {

    private static Evaluation.QueryResult q(String ranker, String query, boolean judged, double ndcg10, String split) {
        return new Evaluation.QueryResult(ranker, Evaluation.TO_AREAS, query, 0, judged, 0, ndcg10, 0, 0, 0, split);
    }

    @Test
    void theSameGainOnEveryQueryHasNoSpread() {
        List<Evaluation.QueryResult> r = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            r.add(q("bm25", "P" + i, true, 0.05 * (i % 10), Evaluation.CV));
            r.add(q("learned", "P" + i, true, 0.05 * (i % 10) + 0.1, Evaluation.CV));
        }
        PairedBootstrap.Interval ci = PairedBootstrap.ndcg10(r, "learned", "bm25", Evaluation.TO_AREAS, Evaluation.CV);
        assertEquals(0.1, ci.mean(), 1e-12);
        assertEquals(0.1, ci.low(), 1e-12);
        assertEquals(0.1, ci.high(), 1e-12);
        assertEquals(20, ci.queries());
        assertEquals("95 % interval +0.100 to +0.100 over 20 judged queries, paired bootstrap", ci.describe());
    }

    @Test
    void fewNoisyQueriesGiveAWideIntervalAroundTheirMeanAndManyANarrowOne() {
        double[] few = {0.6, -0.4, 0.3, -0.2, 0.5, -0.3, 0.1, 0.0};
        PairedBootstrap.Interval wide = PairedBootstrap.of(few);
        assertEquals(0.075, wide.mean(), 1e-12);
        assertTrue(wide.low() < 0 && wide.high() > 0.2, wide.toString());
        double[] many = new double[few.length * 25];
        for (int i = 0; i < many.length; i++) many[i] = few[i % few.length];
        PairedBootstrap.Interval narrow = PairedBootstrap.of(many);
        assertEquals(0.075, narrow.mean(), 1e-12);
        assertTrue(narrow.low() > wide.low() && narrow.high() < wide.high(), narrow + " within " + wide);
        assertTrue(narrow.low() < narrow.mean() && narrow.mean() < narrow.high());
    }

    @Test
    void onlyJudgedQueriesOfTheSplitThatBothRankersAnsweredArePaired() {
        List<Evaluation.QueryResult> r = List.of(
                q("bm25", "P1", true, 0.2, Evaluation.FROZEN),
                q("learned", "P1", true, 0.6, Evaluation.FROZEN),
                q("bm25", "P2", false, 0.0, Evaluation.FROZEN), // no relevant area: not judged
                q("learned", "P2", false, 1.0, Evaluation.FROZEN),
                q("learned", "P3", true, 0.9, Evaluation.FROZEN), // bm25 did not answer it
                q("bm25", "P4", true, 0.9, Evaluation.CV),
                q("learned", "P4", true, 0.1, Evaluation.CV));
        PairedBootstrap.Interval ci =
                PairedBootstrap.ndcg10(r, "learned", "bm25", Evaluation.TO_AREAS, Evaluation.FROZEN);
        assertEquals(1, ci.queries());
        assertEquals(0.4, ci.mean(), 1e-12);
        assertNull(PairedBootstrap.ndcg10(r, "learned", "bm25", Evaluation.TO_ENTERPRISES, Evaluation.FROZEN));
    }
}
