package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.QualificationRule;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LearnedScorer;
import io.fundmatch.rank.LinearRanker;
import io.fundmatch.rank.TowerSignal;
import io.fundmatch.reference.LegalPersonality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The officers' lists ({@code area-top/}): the first N of each area's list ({@link AreaLists}: its N + M best by the
 * first stage, kept in that order so that incremental runs merge exactly) ordered as the service's {@link
 * MatchingRecommender#enterprisesFor} orders an area's enterprises.
 *
 * <ul>
 *   <li>The score: with the learned ranker, its area→enterprise score, from the pair features {@link
 *       LearnedScorer#features} reads over those N (BM25 and TF-IDF with their term statistics and scaled to their
 *       best; encoder similarity and tower score as the first stage computed them, ranked among them); with any other
 *       ranker, the first stage's score. The first N of a list are exact in every run (a merged list shorter than N
 *       is scored afresh, {@link AreaLists#outOfMargin}), and nothing else is read, so an incremental run orders them
 *       as a run from scratch does.
 *   <li>A holder of a qualification the area cultivates is lowered ({@link MatchingRecommender#demoteCultivatedHolder}).
 *   <li>Enterprises whose eligibility is certain (ELIGIBLE) first, by score; then the CHECK ones that may apply in their
 *       own name; then branches and representative offices (no independent legal personality); ties by enterprise id.
 * </ul>
 *
 * <p>Where an area's jurisdiction holds no more enterprises that may apply than N, those N are all of them and the list
 * is the service's (tested); beyond that the job orders the first stage's best N, where the service orders the best
 * of its jurisdiction by each signal.
 */
final class OfficerLists {

    private static final int TIERS = 3;

    private OfficerLists() {}

    /**
     * The officers' lists of the areas in {@code lists}: the profiles of each list's first {@code topN} joined from
     * {@code registry} (only those are read), each area's ordered.
     */
    static JavaRDD<Scored> top(
            JavaSparkContext jsc,
            JavaRDD<AreaLists.Candidate> lists,
            JavaRDD<EnterpriseRow> registry,
            Broadcast<AreaIndex> areas,
            NightlyRanking ranking,
            int topN) {
        JavaRDD<AreaLists.Candidate> firstN = lists.filter(c -> c.rank() <= topN);
        Set<String> listed = new HashSet<>(
                firstN.map(AreaLists.Candidate::enterpriseId).distinct().collect());
        Broadcast<Set<String>> listedB = jsc.broadcast(listed);
        return firstN.mapToPair(c -> new Tuple2<>(c.enterpriseId(), c))
                .join(registry.filter(r -> listedB.value().contains(r.id()))
                        .mapToPair(r -> new Tuple2<>(r.id(), r.json())))
                .mapToPair(t -> new Tuple2<>(t._2()._1().area(), new Listed(t._2()._1(), t._2()._2())))
                .groupByKey()
                .flatMap(
                        t -> order(areas.value(), t._1(), t._2(), ranking, topN).iterator());
    }

    /** One entry of an area's list with its enterprise's profile as a JSON line. */
    record Listed(AreaLists.Candidate candidate, String profileJson) implements java.io.Serializable {}

    /**
     * One area's officer list: the entries of its list ranked 1..{@code topN} by the first stage, ordered as described
     * above and ranked 1.. again.
     */
    static List<Scored> order(AreaIndex areas, int area, Iterable<Listed> entries, NightlyRanking ranking, int topN) {
        List<AreaLists.Candidate> list = new ArrayList<>();
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (Listed l : entries) {
            if (l.candidate().rank() > topN) continue; // the margin, kept for merging only
            list.add(l.candidate());
            profiles.add(BlockScorer.parse(l.profileJson()));
        }
        int n = list.size();
        double[] score = ranking.learned() ? learnedScores(areas, area, list, profiles, ranking) : firstStage(list);
        SupportArea a = areas.area(area);
        int[] tier = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            EnterpriseProfile p = profiles.get(i);
            if (QualificationRule.holdsCultivated(p, a))
                score[i] = MatchingRecommender.demoteCultivatedHolder(score[i]);
            tier[i] = EligibilityStatus.ELIGIBLE.name().equals(list.get(i).status())
                    ? 0
                    : p.legalPersonality() == LegalPersonality.BRANCH ? TIERS - 1 : 1;
            order[i] = i;
        }
        Arrays.sort(
                order,
                (x, y) -> tier[x] != tier[y]
                        ? Integer.compare(tier[x], tier[y])
                        : score[x] != score[y]
                                ? Double.compare(score[y], score[x])
                                : list.get(x)
                                        .enterpriseId()
                                        .compareTo(list.get(y).enterpriseId()));
        List<Scored> out = new ArrayList<>(Math.min(n, topN));
        for (int r = 0; r < n && r < topN; r++) {
            AreaLists.Candidate c = list.get(order[r]);
            out.add(new Scored(
                    false,
                    c.enterpriseId(),
                    c.enterpriseName(),
                    area,
                    r + 1,
                    (float) score[order[r]],
                    c.status(),
                    null,
                    c.tower()));
        }
        return out;
    }

    private static double[] firstStage(List<AreaLists.Candidate> list) {
        double[] s = new double[list.size()];
        for (int i = 0; i < s.length; i++) s[i] = list.get(i).score();
        return s;
    }

    /**
     * The learned ranker's area→enterprise scores of the candidates: the area as the probe, the candidates as the
     * corpus, the encoder similarity and tower score of each pair as the first stage computed them.
     */
    private static double[] learnedScores(
            AreaIndex areas,
            int area,
            List<AreaLists.Candidate> list,
            List<EnterpriseProfile> profiles,
            NightlyRanking ranking) {
        int n = list.size();
        LinearRanker ranker = ranking.linearRanker();
        TowerSignal towers = ranker.usesTowers() ? ranking.towerSignal() : null;
        List<Corpus.Entry<EnterpriseProfile>> entries = new ArrayList<>(n);
        double[] encoder = new double[n];
        double[] tower = towers == null ? null : new double[n];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            EnterpriseProfile p = profiles.get(i);
            entries.add(new Corpus.Entry<>(p.id(), p, MatchText.bag(p), null));
            encoder[i] = list.get(i).score();
            if (tower != null) {
                float t = list.get(i).tower();
                if (Float.isNaN(t))
                    throw new IllegalStateException(
                            "no tower score for " + list.get(i).enterpriseId() + " in the list of " + areas.id(area)
                                    + " (a list written without the towers)");
                tower[i] = t;
            }
            all[i] = i;
        }
        Corpus.Entry<SupportArea> a = areas.corpus().entry(area);
        double[][] x = LearnedScorer.features(
                new Probe(a.bag(), a.embedding(), a.item()), Corpus.of(entries), null, all, towers, encoder, tower);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = ranker.score(x[i]);
        return s;
    }
}
