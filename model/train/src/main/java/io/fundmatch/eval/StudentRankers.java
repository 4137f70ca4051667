package io.fundmatch.eval;

import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.PassageScorer;
import io.fundmatch.encoder.student.StudentEmbedder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.match.MatchingRecommender;
import java.util.List;
import java.util.Locale;

/**
 * The distilled student of the sentence encoder under evaluation, zero-shot (it was trained on unlabelled
 * registry and area texts only, never on the labelled set): {@code student} scores the student's profile vectors
 * against the encoder's area vectors (best passage) — how a bulk run would use it, the few areas keeping the
 * encoder — and {@code student-both} puts the student on both sides. Enterprises of the officer's pool are embedded
 * by the student in both.
 */
public final class StudentRankers {

    public static final List<String> NAMES = List.of("student", "student-both");

    private final StudentEncoder student;
    private final EncoderEmbedder encoder;

    public StudentRankers(StudentEncoder student, EncoderEmbedder encoder) {
        this.student = student;
        this.encoder = encoder;
    }

    public static boolean handles(String ranker) {
        return NAMES.contains(ranker);
    }

    public RankerUnderTest ranker(String name) {
        if (!handles(name)) throw new IllegalArgumentException("not a student ranker: " + name);
        StudentEmbedder embedder = new StudentEmbedder(student, name.equals("student") ? encoder : null);
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int folds) {
                PassageScorer scorer = new PassageScorer(name, student.dimension());
                return new MatchingRecommender(scorer, embedder, embedder.version() + "+" + name);
            }

            public String note() {
                return "zero-shot: " + student.id()
                        + (name.equals("student")
                                ? " profile/enterprise vectors against the encoder's area vectors"
                                : " on both sides")
                        + " (trained on unlabelled registry and area texts only)";
            }
        };
    }

    /** nDCG@10 of each student ranker as a share of the encoder's, per split and direction (empty without both). */
    public static String keptShare(List<Evaluation.Summary> all) {
        return keptShare(all, StudentRankers::handles, "encoder");
    }

    /**
     * nDCG@10 of each ranker {@code measured} accepts as a share of {@code reference}'s, per split and direction (a
     * line each; empty without both).
     */
    public static String keptShare(
            List<Evaluation.Summary> all, java.util.function.Predicate<String> measured, String reference) {
        StringBuilder sb = new StringBuilder();
        for (Evaluation.Summary s : all) {
            if (!measured.test(s.ranker())) continue;
            all.stream()
                    .filter(e -> e.ranker().equals(reference)
                            && e.direction().equals(s.direction())
                            && e.split().equals(s.split()))
                    .findFirst()
                    .ifPresent(e -> sb.append(String.format(
                            Locale.ROOT,
                            "- %s, %s, %s: nDCG@10 %.4f vs %s %.4f: keeps %.1f %%%n",
                            s.ranker(),
                            s.split(),
                            s.direction(),
                            s.ndcg10(),
                            reference,
                            e.ndcg10(),
                            100 * s.ndcg10() / e.ndcg10())));
        }
        return sb.toString();
    }
}
