package io.fundmatch.eval;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores rankers on the labelled set with k-fold cross-validation by profile: enterprise→area for every test
 * profile of every fold, area→enterprise for every labelled area over its judged registry pool. Each top 10
 * is also checked for eligibility violations with an independent check (jurisdiction by {@link Region#covers},
 * superseded drafts, and the full rule set), which must find none.
 */
public final class Evaluation {

    public static final String TO_AREAS = "enterprise→area";
    public static final String TO_ENTERPRISES = "area→enterprise";

    /** The split a query was scored in: cross-validation, or the frozen test split (see {@link FrozenSplit}). */
    public static final String CV = "cross-validation";

    public static final String FROZEN = "frozen";

    /** Metrics of one query (a profile, or an area). */
    public record QueryResult(
            String ranker,
            String direction,
            String query,
            int fold,
            boolean judged,
            double ndcg5,
            double ndcg10,
            double recall10,
            double mrr,
            int violations,
            String split) {}

    /** Means over the judged queries of one ranker and direction; violations summed over all queries. */
    public record Summary(
            String ranker,
            String direction,
            int queries,
            int judged,
            double ndcg5,
            double ndcg10,
            double recall10,
            double mrr,
            int violations,
            String split) {}

    private final List<SupportArea> areas;
    private final List<EnterpriseProfile> profiles;
    private final Map<String, Integer> foldOf;
    private final Map<String, int[]> grades;
    private final Map<Integer, Map<String, Integer>> registryGrades;
    private final java.util.Set<Integer> frozenAreas = new java.util.HashSet<>();
    private final Map<Integer, Integer> areaFold = new HashMap<>();
    private final List<EnterpriseProfile> pool;
    private final int folds;
    private final MatchOptions options;
    private final EligibilityChecker checker = EligibilityChecker.standard();

    /**
     * @param profiles the labelled profiles, normalised, in the labelled set's order
     * @param pool     the judged registry records, normalised
     */
    public Evaluation(
            LabelledSet set,
            List<SupportArea> areas,
            List<EnterpriseProfile> profiles,
            List<EnterpriseProfile> pool,
            int folds,
            LocalDate today) {
        this.areas = List.copyOf(areas);
        this.profiles = List.copyOf(profiles);
        this.pool = List.copyOf(pool);
        this.folds = folds;
        this.options = new MatchOptions(Math.max(1, areas.size()), false, false, today);
        this.foldOf = new HashMap<>();
        this.grades = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            foldOf.put(profiles.get(i).id(), set.foldOf(profiles.get(i).id(), folds));
            int[] g = set.grades(profiles.get(i).id(), areas);
            for (int a = 0; a < g.length; a++) if (closedOn(areas.get(a), today)) g[a] = 0;
            grades.put(profiles.get(i).id(), g);
        }
        this.registryGrades = set.registryGrades(areas);
        FrozenSplit split = FrozenSplit.load();
        for (Integer i : registryGrades.keySet()) {
            SupportArea a = areas.get(i);
            if (a.document() != null && split.isFrozenArea(a.document().source(), a.title())) frozenAreas.add(i);
            // with region folds, an officer area is scored by the models that never trained on its region's profiles
            int f = set.foldGroups().isEmpty() ? 0 : set.foldOfGroup(RegionFolds.key(a), folds);
            areaFold.put(i, Math.max(0, f));
        }
    }

    /** Labelled officer areas (indices in the catalogue) of the frozen split. */
    public java.util.Set<Integer> frozenAreas() {
        return java.util.Set.copyOf(frozenAreas);
    }

    public Map<Integer, Map<String, Integer>> labelledAreas() {
        return registryGrades;
    }

    public List<QueryResult> run(RankerUnderTest ranker) {
        List<QueryResult> out = new ArrayList<>();
        Map<String, Integer> areaIndex = new HashMap<>();
        for (int i = 0; i < areas.size(); i++) areaIndex.put(areas.get(i).id(), i);
        // folds 0..k-1 are cross-validation; "fold" k is the frozen split, scored by models trained on all the rest
        for (int fold = 0; fold <= folds; fold++) {
            boolean frozen = fold == folds;
            String split = frozen ? FROZEN : CV;
            boolean anyProfile = profiles.stream().anyMatch(p -> foldOf.get(p.id()) == folds);
            if (frozen && !anyProfile && frozenAreas.isEmpty()) break;
            MatchingRecommender r = ranker.forFold(fold, folds);
            r.setAreas(areas);
            r.setEnterprises(pool);
            for (EnterpriseProfile p : profiles) {
                if (foldOf.get(p.id()) != fold) continue;
                int[] all = grades.get(p.id());
                List<Opportunity> ranked = r.recommend(p, options);
                int[] g = new int[ranked.size()];
                int violations = 0;
                for (int i = 0; i < ranked.size(); i++) {
                    SupportArea a = ranked.get(i).area();
                    g[i] = all[areaIndex.get(a.id())];
                    if (i < 10 && violates(p, a)) violations++;
                }
                out.add(result(ranker.name(), TO_AREAS, p.id(), fold, all, g, violations, split));
            }
            for (Map.Entry<Integer, Map<String, Integer>> e : registryGrades.entrySet()) {
                if (frozenAreas.contains(e.getKey()) != frozen) continue;
                if (!frozen && areaFold.get(e.getKey()) != fold) continue;
                SupportArea a = areas.get(e.getKey());
                Map<String, Integer> judged = e.getValue();
                List<EnterpriseMatch> ranked = r.enterprisesFor(
                        a.id(), new MatchOptions(Math.max(1, pool.size()), false, false, options.today()));
                List<Integer> g = new ArrayList<>();
                int violations = 0;
                for (EnterpriseMatch m : ranked) {
                    Integer grade = judged.get(m.enterprise().creditCode());
                    if (g.size() < 10 && violates(m.enterprise(), a)) violations++;
                    if (grade != null) g.add(grade); // only judged records count: the pool is re-ranked
                }
                int[] allGrades =
                        judged.values().stream().mapToInt(Integer::intValue).toArray();
                out.add(result(
                        ranker.name(),
                        TO_ENTERPRISES,
                        a.document().source() + " / " + a.title(),
                        fold,
                        allGrades,
                        g.stream().mapToInt(Integer::intValue).toArray(),
                        violations,
                        split));
            }
        }
        return out;
    }

    /**
     * Judgments ignore dates; an area whose call closed (deadline passed, measure expired) before {@code today}
     * cannot be applied for, so it counts as grade 0 on that date.
     */
    static boolean closedOn(SupportArea a, LocalDate today) {
        if (a.document() != null && a.document().expiredOn(today)) return true;
        return a.deadline() != null && a.deadline().isBefore(today);
    }

    /** Whether recommending this area to this enterprise breaks a hard rule. */
    boolean violates(EnterpriseProfile p, SupportArea a) {
        Region issuer = a.document() == null || a.document().region() == null
                ? Region.NATIONAL
                : a.document().region();
        boolean regionKnown = p.region() != null && !p.region().isNational();
        if (regionKnown && !issuer.covers(p.region()) && knowsLevels(p.region(), issuer)) return true;
        if (!options.includeSuperseded()
                && (a.superseded() || (a.document() != null && a.document().supersededBy() != null))) return true;
        return checker.check(p, a, options).status() == EligibilityStatus.INELIGIBLE;
    }

    /** The profile's region names every level the issuer names (else jurisdiction is CHECK, not a violation). */
    private static boolean knowsLevels(Region p, Region issuer) {
        return (issuer.province() == null || p.province() != null)
                && (issuer.city() == null || p.city() != null)
                && (issuer.district() == null || p.district() != null);
    }

    private static QueryResult result(
            String ranker,
            String direction,
            String query,
            int fold,
            int[] all,
            int[] ranked,
            int violations,
            String split) {
        boolean judged = Metrics.hasRelevant(all);
        return new QueryResult(
                ranker,
                direction,
                query,
                fold,
                judged,
                Metrics.ndcg(ranked, all, 5),
                Metrics.ndcg(ranked, all, 10),
                Metrics.recall(ranked, all, 10),
                Metrics.mrr(ranked),
                violations,
                split);
    }

    public static List<Summary> summarise(List<QueryResult> results) {
        Map<String, List<QueryResult>> groups = new java.util.LinkedHashMap<>();
        for (QueryResult r : results)
            groups.computeIfAbsent(r.split() + "\t" + r.ranker() + "\t" + r.direction(), k -> new ArrayList<>())
                    .add(r);
        List<Summary> out = new ArrayList<>();
        for (List<QueryResult> g : groups.values()) {
            List<QueryResult> judged = g.stream().filter(QueryResult::judged).toList();
            out.add(new Summary(
                    g.get(0).ranker(),
                    g.get(0).direction(),
                    g.size(),
                    judged.size(),
                    mean(judged, QueryResult::ndcg5),
                    mean(judged, QueryResult::ndcg10),
                    mean(judged, QueryResult::recall10),
                    mean(judged, QueryResult::mrr),
                    g.stream().mapToInt(QueryResult::violations).sum(),
                    g.get(0).split()));
        }
        return out;
    }

    private static double mean(List<QueryResult> rs, java.util.function.ToDoubleFunction<QueryResult> f) {
        return rs.stream().mapToDouble(f).average().orElse(0);
    }
}
