package io.fundmatch.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.eval.Evaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's verdict lines: gains over BM25 and rankers above the default, each with its bootstrap interval. */
class EvaluateVerdictTest {

    private final List<Evaluation.QueryResult> results = new ArrayList<>();
    private final List<Evaluation.Summary> summaries = new ArrayList<>();

    private void ranker(String name, String split, double... ndcg10) {
        double sum = 0;
        for (int i = 0; i < ndcg10.length; i++) {
            results.add(new Evaluation.QueryResult(
                    name, Evaluation.TO_AREAS, "P" + i, 0, true, 0, ndcg10[i], 0, 0, 0, split));
            sum += ndcg10[i];
        }
        summaries.add(new Evaluation.Summary(
                name, Evaluation.TO_AREAS, ndcg10.length, ndcg10.length, 0, sum / ndcg10.length, 0, 0, 0, split));
    }

    @Test
    void gainsOverBm25CarryTheirIntervalPerSplit() {
        ranker("bm25", Evaluation.CV, 0.2, 0.4, 0.6, 0.8);
        ranker("learned", Evaluation.CV, 0.3, 0.5, 0.7, 0.9);
        String v = EvaluateCommand.verdict(summaries, results).replace(System.lineSeparator(), "\n");
        assertTrue(
                v.contains("- learned vs bm25, " + Evaluation.TO_AREAS + ": nDCG@10 0.6000 vs 0.5000 (+0.1000; "
                        + "95 % interval +0.100 to +0.100 over 4 judged queries, paired bootstrap)\n"),
                v);
    }

    @Test
    void onlyRankersScoringAboveTheDefaultAreListedWithTheIntervalOfTheirLead() {
        ranker("bm25", Evaluation.FROZEN, 0.2, 0.4, 0.6, 0.8);
        ranker("learned", Evaluation.FROZEN, 0.4, 0.5, 0.6, 0.7);
        ranker("student", Evaluation.FROZEN, 0.5, 0.5, 0.6, 0.8);
        ranker("tfidf", Evaluation.FROZEN, 0.0, 0.1, 0.2, 0.3);
        assertEquals(
                "- above learned, " + Evaluation.FROZEN + ", " + Evaluation.TO_AREAS
                        + ": student nDCG@10 0.6000 vs 0.5500 (+0.0500; 95 % interval +0.000 to +0.100 over 4 judged"
                        + " queries, paired bootstrap)\n",
                EvaluateCommand.rankedAbove("learned", summaries, results).replace(System.lineSeparator(), "\n"));
    }
}
