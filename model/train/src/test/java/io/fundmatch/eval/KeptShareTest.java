package io.fundmatch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's lines that give a bulk-run ranker's nDCG@10 as a share of the ranker it stands in for. */
class KeptShareTest {

    private static Evaluation.Summary row(String ranker, String direction, String split, double ndcg10) {
        return new Evaluation.Summary(ranker, direction, 10, 10, 0, ndcg10, 0, 0, 0, split);
    }

    @Test
    void learnedStudentRankersAreMeasuredAgainstLearnedAndStudentRankersAgainstTheEncoder() {
        List<Evaluation.Summary> all = List.of(
                row("learned", Evaluation.TO_AREAS, Evaluation.CV, 0.8),
                row("encoder", Evaluation.TO_AREAS, Evaluation.CV, 0.5),
                row("learned-student", Evaluation.TO_AREAS, Evaluation.CV, 0.6),
                row("learned-student-trained", Evaluation.TO_AREAS, Evaluation.FROZEN, 0.7), // no learned row there
                row("student", Evaluation.TO_AREAS, Evaluation.CV, 0.4));
        assertEquals(
                "- learned-student, " + Evaluation.CV + ", " + Evaluation.TO_AREAS
                        + ": nDCG@10 0.6000 vs learned 0.8000: keeps 75.0 %\n",
                LearnedStudentRankers.keptShare(all).replace(System.lineSeparator(), "\n"));
        assertEquals(
                "- student, " + Evaluation.CV + ", " + Evaluation.TO_AREAS
                        + ": nDCG@10 0.4000 vs encoder 0.5000: keeps 80.0 %\n",
                StudentRankers.keptShare(all).replace(System.lineSeparator(), "\n"));
    }
}
