package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LinearRanker;
import io.fundmatch.rank.TowerSignal;
import io.fundmatch.rank.TrainingPairs;
import io.fundmatch.rank.train.RankerTrainer;
import io.fundmatch.train.feedback.FeedbackLabels;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The rankers over the pretrained sentence encoder under cross-validation: {@code encoder} and
 * {@code encoder+bm25} are zero-shot (the same for every fold); {@code learned} trains one ranker per fold on the
 * labelled profiles of the other folds only (enterprise→area judgments; the registry judgments the
 * area→enterprise direction is scored on are never trained on). One encoder and one area store serve all folds.
 */
public final class EncoderRankers {

    /** Ranker name of the learned ranker trained and served without the towers' features (evaluation only). */
    public static final String WITHOUT_TOWERS = "learned-no-towers";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EncoderRankers.class);

    private final LabelledSet set;
    private final List<SupportArea> areas;
    private final List<EnterpriseProfile> profiles;
    private final LocalDate today;
    private final Map<Integer, LinearRanker> learned = new HashMap<>();
    private final Map<Integer, LinearRanker> withoutTowers = new HashMap<>();
    private EncoderEmbedder embedder;
    private int candidates = io.fundmatch.rank.LearnedScorer.DEFAULT_CANDIDATES;
    private Corpus<SupportArea> corpus;
    private SparkSession spark;
    private EncoderTowerRankers towers;
    private FeedbackLabels feedback = FeedbackLabels.NONE;

    public EncoderRankers(LabelledSet set, List<SupportArea> areas, List<EnterpriseProfile> profiles, LocalDate today) {
        this.set = set;
        this.areas = areas;
        this.profiles = profiles;
        this.today = today;
    }

    public RankerUnderTest ranker(String name) {
        return new RankerUnderTest() {
            public String name() {
                return name;
            }

            public MatchingRecommender forFold(int fold, int folds) {
                if (name.equals(WITHOUT_TOWERS))
                    return Recommenders.learned(modelWithoutTowers(fold, folds), null, embedder(), candidates);
                if (name.startsWith("learned"))
                    return Recommenders.learned(
                            model(fold, folds),
                            towersFor(fold, folds),
                            embedder(),
                            name.equals("learned-all") ? 0 : candidates);
                return Recommenders.create(name, embedder());
            }

            public String note() {
                if (name.equals(WITHOUT_TOWERS))
                    return "the learned ranker without the towers' features (trained per fold like learned, on the "
                            + "encoder, text and pair features only)";
                if (name.equals("learned-all"))
                    return "the fold's learned ranker with pair features for every admissible item";
                return name.equals("learned")
                        ? (towers == null
                                        ? ""
                                        : "with the encoder towers' score as features: the fold's test profiles scored "
                                                + "through towers trained on the fold's training profiles, the ranker trained "
                                                + "on tower scores cross-fitted over the other folds (a training profile's "
                                                + "tower score from towers that never saw it); ")
                                + "candidates pruned to the best " + candidates + " by encoder, BM25 and TF-IDF each; "
                                + "one ranker per fold, Spark MLlib logistic regression on the enterprise→area judgments of the other "
                                + "folds' profiles (never on the registry judgments area→enterprise is scored on)"
                        : "zero-shot: the pretrained encoder, no training";
            }
        };
    }

    public synchronized EncoderEmbedder embedder() {
        if (embedder == null) embedder = Recommenders.encoder(null);
        return embedder;
    }

    private synchronized LinearRanker model(int fold, int folds) {
        return learned.computeIfAbsent(fold, f -> {
            Set<String> test = new HashSet<>();
            test.addAll(set.heldOut(f, folds));
            List<EnterpriseProfile> train =
                    profiles.stream().filter(p -> !test.contains(p.id())).toList();
            String on = "fold " + f + " of " + folds + ": " + (profiles.size() - test.size()) + " labelled profiles";
            return towers == null ? train(train, on) : trainCrossFitted(train, test, folds, on);
        });
    }

    private synchronized LinearRanker modelWithoutTowers(int fold, int folds) {
        return withoutTowers.computeIfAbsent(fold, f -> {
            Set<String> test = new HashSet<>(set.heldOut(f, folds));
            List<EnterpriseProfile> train =
                    profiles.stream().filter(p -> !test.contains(p.id())).toList();
            return train(
                    train,
                    "fold " + f + " of " + folds + ": " + train.size() + " labelled profiles, no tower features");
        });
    }

    /** The towers the learned ranker of {@code fold} reads its tower features from (null without towers). */
    private TowerSignal towersFor(int fold, int folds) {
        return towers == null ? null : new TowerSignal(towers.model(fold, folds).towers());
    }

    /**
     * A ranker trained with the encoder towers' score as features, without leakage: the training profiles are split
     * by their cross-validation fold, and the rows of the profiles of fold j get their tower features from towers
     * trained without {@code excluded} and without fold j, so no training row carries a score from towers that saw
     * its profile. (For the frozen split, {@code excluded} is the frozen split and those towers are the
     * cross-validation folds' own.)
     */
    public synchronized LinearRanker trainCrossFitted(
            List<EnterpriseProfile> train, Set<String> excluded, int folds, String trainedOn) {
        if (towers == null) throw new IllegalStateException("no encoder towers to cross-fit");
        if (corpus == null) corpus = TrainingPairs.corpus(areas, embedder());
        if (spark == null) spark = io.fundmatch.spark.LocalSpark.forTraining();
        List<double[]> x = new java.util.ArrayList<>();
        List<Integer> g = new java.util.ArrayList<>();
        for (int j = 0; j < folds; j++) {
            Set<String> inner = new HashSet<>();
            set.testProfiles(j, folds).forEach(p -> inner.add(p.id()));
            List<EnterpriseProfile> part =
                    train.stream().filter(p -> inner.contains(p.id())).toList();
            if (part.isEmpty()) continue;
            Set<String> without = new HashSet<>(excluded);
            without.addAll(inner);
            TowerSignal signal = new TowerSignal(towers.excluding(
                            without, "cross-fitting, without fold " + j + " and " + excluded.size() + " more profiles")
                    .towers());
            TrainingPairs pairs = TrainingPairs.of(
                    part,
                    p -> set.grades(p.id(), areas),
                    corpus,
                    embedder(),
                    new MatchOptions(areas.size(), false, false, today),
                    signal);
            x.addAll(pairs.x());
            g.addAll(pairs.grades());
        }
        for (int j = 0; j < folds; j++) { // feedback enterprises, cross-fitted by their own folds
            List<FeedbackLabels.Enterprise> part = feedback.fold(j, folds);
            if (part.isEmpty()) continue;
            Set<String> without = new HashSet<>(excluded);
            for (FeedbackLabels.Enterprise e : part) without.add(EncoderTowerRankers.feedbackKey(e.key()));
            TowerSignal signal = new TowerSignal(towers.excluding(
                            without,
                            "cross-fitting, without feedback fold " + j + " and " + excluded.size() + " profiles")
                    .towers());
            TrainingPairs pairs = feedbackPairs(part, new MatchOptions(areas.size(), false, false, today), signal);
            x.addAll(pairs.x());
            g.addAll(pairs.grades());
        }
        long t0 = System.nanoTime();
        LinearRanker r = RankerTrainer.train(
                spark,
                new TrainingPairs(x, g),
                trainedOn + ", tower features cross-fitted over " + folds + " folds",
                LEFT_OUT_WITH_TOWERS);
        log.info(
                "learned ranker ({}, cross-fitted towers) trained in {} s",
                trainedOn,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return r;
    }

    /**
     * Features the ranker leaves out when it reads the towers' score: the encoder's gap to the query's best and its
     * reciprocal rank, which the tower features carry better (chosen on the cross-validation folds only, see
     * docs/matching.md, "The towers' score as a learned feature").
     */
    public static final Set<String> LEFT_OUT_WITH_TOWERS = Set.of("encoder_gap", "encoder_rr");

    /** The learned ranker reads the encoder towers' score (trained per fold by {@code towers}) as features. */
    public EncoderRankers withTowers(EncoderTowerRankers towers) {
        this.towers = towers;
        return this;
    }

    /**
     * The rankers trained here also learn from the service's feedback: a row for each area an enterprise gave
     * feedback on, graded as {@link FeedbackLabels.Enterprise#grades} says (its other areas give no row). With towers,
     * an enterprise's rows read the towers' score from towers that never trained on its feedback.
     */
    public EncoderRankers withFeedback(FeedbackLabels labels) {
        this.feedback = labels;
        return this;
    }

    /** A ranker trained on these labelled profiles' judgments (and the feedback, when given). */
    public synchronized LinearRanker train(List<EnterpriseProfile> train, String trainedOn) {
        if (corpus == null) corpus = TrainingPairs.corpus(areas, embedder());
        if (spark == null) spark = io.fundmatch.spark.LocalSpark.forTraining();
        MatchOptions options = new MatchOptions(areas.size(), false, false, today);
        TrainingPairs labelled = TrainingPairs.of(train, p -> set.grades(p.id(), areas), corpus, embedder(), options);
        TrainingPairs pairs = feedback.enterprises().isEmpty()
                ? labelled
                : join(labelled, feedbackPairs(feedback.enterprises(), options, null));
        long t0 = System.nanoTime();
        LinearRanker r = RankerTrainer.train(spark, pairs, trainedOn);
        log.info(
                "learned ranker ({}) trained in {} s",
                trainedOn,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return r;
    }

    /** Rows of the areas these feedback enterprises labelled (towers: their score as features, or null). */
    private TrainingPairs feedbackPairs(
            List<FeedbackLabels.Enterprise> enterprises, MatchOptions options, TowerSignal towers) {
        Map<EnterpriseProfile, int[]> grades = new java.util.IdentityHashMap<>();
        List<EnterpriseProfile> labelled = new java.util.ArrayList<>();
        for (FeedbackLabels.Enterprise e : enterprises) {
            grades.put(e.profile(), e.grades(areas.size()));
            labelled.add(e.profile());
        }
        return TrainingPairs.of(labelled, grades::get, corpus, embedder(), options, towers);
    }

    private static TrainingPairs join(TrainingPairs a, TrainingPairs b) {
        List<double[]> x = new java.util.ArrayList<>(a.x());
        x.addAll(b.x());
        List<Integer> g = new java.util.ArrayList<>(a.grades());
        g.addAll(b.grades());
        return new TrainingPairs(x, g);
    }

    public void close() {
        if (spark != null) spark.stop();
    }

    /** Candidates per first-stage signal of {@code learned} (0: every item, as {@code learned-all}). */
    public EncoderRankers withCandidates(int k) {
        this.candidates = k;
        return this;
    }

    /** The fold's learned ranker (trained on the other folds' labelled profiles, encoder cosines), as {@code learned} uses it. */
    public LinearRanker foldRanker(int fold, int folds) {
        return model(fold, folds);
    }
}
