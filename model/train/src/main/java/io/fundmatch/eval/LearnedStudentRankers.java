package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.student.StudentEmbedder;
import io.fundmatch.encoder.student.StudentEncoder;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LearnedScorer;
import io.fundmatch.rank.LinearRanker;
import io.fundmatch.rank.TrainingPairs;
import io.fundmatch.rank.train.RankerTrainer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The learned ranker as a bulk nightly run with student profile vectors ranks: the profiles (and the officer's pool
 * of enterprises) embedded by the encoder's distilled student, the areas by the encoder, the learned ranker's pair
 * features over those cosines. {@code learned-student} weighs them with the fold's ranker trained on encoder cosines
 * (as {@code learned} trains it: what the job does with the shipped weights); {@code learned-student-trained} with
 * one trained the same way on student cosines (the labelled profiles of the other folds embedded by the student).
 */
public final class LearnedStudentRankers {

    public static final String SHIPPED_WEIGHTS = "learned-student";
    public static final String OWN_WEIGHTS = "learned-student-trained";
    public static final List<String> NAMES = List.of(SHIPPED_WEIGHTS, OWN_WEIGHTS);

    private final LabelledSet set;
    private final List<SupportArea> areas;
    private final List<EnterpriseProfile> profiles;
    private final LocalDate today;
    private final EncoderRankers encoderRankers;
    private final StudentEmbedder student;
    private final int candidates;
    private final Map<Integer, LinearRanker> own = new HashMap<>();
    private Corpus<SupportArea> corpus;
    private SparkSession spark;

    /** @param encoderRankers the encoder's rankers of the same evaluation (their fold rankers and encoder) */
    public LearnedStudentRankers(
            LabelledSet set,
            List<SupportArea> areas,
            List<EnterpriseProfile> profiles,
            LocalDate today,
            EncoderRankers encoderRankers,
            StudentEncoder student,
            int candidates) {
        this.set = set;
        this.areas = areas;
        this.profiles = profiles;
        this.today = today;
        this.encoderRankers = encoderRankers;
        this.student = new StudentEmbedder(student, encoderRankers.embedder());
        this.candidates = candidates;
    }

    public static boolean handles(String ranker) {
        return NAMES.contains(ranker);
    }

    public RankerUnderTest ranker(String name) {
        if (!handles(name)) throw new IllegalArgumentException("not a learned student ranker: " + name);
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int folds) {
                LinearRanker r =
                        name.equals(SHIPPED_WEIGHTS) ? encoderRankers.foldRanker(fold, folds) : ownRanker(fold, folds);
                LearnedScorer s = new LearnedScorer(r, candidates);
                return new MatchingRecommender(s, student, student.version() + "+" + name + "-" + r.digest());
            }

            public String note() {
                return "profiles and the officer's pool embedded by "
                        + student.student().id()
                        + ", areas by the encoder; "
                        + (name.equals(SHIPPED_WEIGHTS)
                                ? "the fold's learned ranker trained on encoder cosines (as learned)"
                                : "one ranker per fold trained as learned is, on student cosines");
            }
        };
    }

    private synchronized LinearRanker ownRanker(int fold, int folds) {
        return own.computeIfAbsent(fold, f -> {
            Set<String> test = new HashSet<>(set.heldOut(f, folds));
            List<EnterpriseProfile> train =
                    profiles.stream().filter(p -> !test.contains(p.id())).toList();
            if (corpus == null) corpus = TrainingPairs.corpus(areas, student);
            if (spark == null) spark = io.fundmatch.spark.LocalSpark.forTraining();
            TrainingPairs pairs = TrainingPairs.of(
                    train,
                    p -> set.grades(p.id(), areas),
                    corpus,
                    student,
                    new MatchOptions(areas.size(), false, false, today));
            return RankerTrainer.train(
                    spark,
                    pairs,
                    String.format(
                            Locale.ROOT,
                            "fold %d of %d: %d labelled profiles, student profile vectors",
                            f,
                            folds,
                            train.size()));
        });
    }

    public void close() {
        if (spark != null) spark.stop();
    }

    /** nDCG@10 of each learned student ranker as a share of {@code learned}'s, per split and direction. */
    public static String keptShare(List<Evaluation.Summary> all) {
        return StudentRankers.keptShare(all, LearnedStudentRankers::handles, "learned");
    }
}
