package io.fundmatch.nightly;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.eligibility.EligibilityChecker;
import io.fundmatch.json.Json;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scores one partition of enterprises against the areas of their jurisdiction and keeps, per enterprise,
 * its top K areas and, per area, its top N enterprises of this partition (merged across partitions by the
 * job). Pairs come from the jurisdiction join ({@link io.fundmatch.eligibility.JurisdictionKeys}), never from a cross product; the
 * other eligibility rules are applied to a joined pair only when its score would enter a heap, and their
 * outcome is shared by enterprises with the same region, entity type and qualifications. Memory per task:
 * the area index, the enterprises of one block, K entries per enterprise of the block and N per area.
 */
final class BlockScorer {

    /** Rows scored in this JVM so far (live progress in local mode; the job also counts per task). */
    static final AtomicLong LIVE_ROWS = new AtomicLong();

    private static final byte UNKNOWN = 0;
    private static final int INELIGIBLE = EligibilityStatus.INELIGIBLE.ordinal();

    private final AreaIndex areas;
    private final int topK;
    private final int topN;
    private final MatchOptions options;
    private final OpportunityRows opportunities;
    private final EligibilityChecker checker = EligibilityChecker.standard();
    private final TopHeap[] areaHeaps;
    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** eligibility class of a profile → status per area (ordinal + 1; 0 = not yet decided) */
    private final Map<String, byte[]> statusCache = new HashMap<>();

    private final NightlyRanking ranking;
    private final Reranker reranker;

    BlockScorer(AreaIndex areas, int topK, int topN, MatchOptions options, OpportunityRows opportunities) {
        this(areas, topK, topN, options, opportunities, null);
    }

    /** @param ranking how to rank (null: by the dot product of the vectors, the towers' way) */
    BlockScorer(
            AreaIndex areas,
            int topK,
            int topN,
            MatchOptions options,
            OpportunityRows opportunities,
            NightlyRanking ranking) {
        this.ranking = ranking;
        this.reranker = ranking != null && ranking.learned() ? new Reranker(areas, ranking) : null;
        this.areas = areas;
        this.topK = topK;
        this.topN = topN;
        this.options = options;
        this.opportunities = opportunities;
        this.areaHeaps = new TopHeap[areas.size()];
    }

    /**
     * Scores one enterprise against the areas of its jurisdiction, feeding the heaps of affected areas, and
     * returns its top-K rows when it is affected itself (else nothing: its previous rows still hold).
     */
    List<Scored> score(EnterpriseRow row, boolean enterpriseAffected) {
        return score(row, enterpriseAffected, null, null);
    }

    /**
     * @param encoder the enterprise's encoder similarity to every area in force, computed with its batch
     *                ({@link EncoderScoreBatches}) for the learned ranker, or null
     * @param tower the enterprise's tower score to every area in force, computed with its batch ({@link
     *              EncoderScoreBatches}) when the learned ranker reads the towers, or null
     */
    List<Scored> score(EnterpriseRow row, boolean enterpriseAffected, double[] encoder, double[] tower) {
        EnterpriseProfile profile = parse(row.json());
        int local = ids.size();
        ids.add(profile.id());
        names.add(profile.name());
        int[] candidates = areas.candidates(row.keys());
        byte[] statuses = statusCache.computeIfAbsent(eligibilityClass(profile), k -> new byte[areas.size()]);
        float[] e = row.embedding();
        double[] full = ranking == null || ranking.dotProduct()
                ? null
                : ranking.scorer().score(new Probe(MatchText.bag(profile), e, profile), areas.corpus());
        // the learned ranker orders the encoder's best candidates, eligible or not (as the service scores every
        // area before the rules), and the rules then drop the ineligible ones
        TopHeap mine = enterpriseAffected
                ? new TopHeap(reranker != null ? ranking.firstStage(topK) : topK, TopHeap.BY_REF)
                : null;
        PairTowers pairTowers = new PairTowers(profile, e, tower, candidates);
        for (int a : candidates) {
            boolean areaAffected = areas.takesCandidate(a, row.changed());
            if (!enterpriseAffected && !areaAffected) continue;
            float s = full != null ? (float) full[a] : areas.similarity(e, a);
            boolean forMe = enterpriseAffected && mine.admits(s, a);
            TopHeap heap = areaAffected ? areaHeap(a) : null;
            boolean forArea = heap != null && heap.admits(s, local);
            if (!forMe && !forArea) continue;
            if (reranker != null && forMe) mine.offer(s, a, 0);
            if (!forArea && reranker != null) continue;
            int status = status(statuses, profile, a);
            if (status == INELIGIBLE) continue;
            if (forMe && reranker == null) mine.offer(s, a, status);
            if (forArea) heap.offer(s, local, status, pairTowers.score(a));
        }
        LIVE_ROWS.incrementAndGet();
        if (mine == null) return List.of();
        TopHeap.Ranked r = reranker != null
                ? reranker.rerank(
                        profile, e, encoder, tower, candidates, mine.ranked(), topK, a -> status(statuses, profile, a))
                : mine.ranked();
        List<Scored> out = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            SupportArea area = areas.area(r.refs()[i]);
            Eligibility eligibility = checker.check(profile, area, options);
            String json = opportunities.json(profile, r.refs()[i], i + 1, r.scores()[i], eligibility);
            out.add(new Scored(
                    true,
                    profile.id(),
                    profile.name(),
                    r.refs()[i],
                    i + 1,
                    r.scores()[i],
                    eligibility.status().name(),
                    json,
                    Float.NaN));
        }
        return out;
    }

    /**
     * An area candidate's tower score, which the officers' ordering weighs ({@link OfficerLists}): the batch's when the
     * enterprise was rescored with it, else computed over its jurisdiction's areas the first time one is asked; NaN
     * when the ranker does not weigh the towers.
     */
    private final class PairTowers {
        private final EnterpriseProfile profile;
        private final float[] vector;
        private final int[] scope;
        private double[] scores;

        PairTowers(EnterpriseProfile profile, float[] vector, double[] batch, int[] scope) {
            this.profile = profile;
            this.vector = vector;
            this.scope = scope;
            this.scores = batch;
        }

        float score(int area) {
            io.fundmatch.rank.TowerSignal towers = towers();
            if (towers == null) return Float.NaN;
            if (scores == null) scores = towers.scores(new Probe(null, vector, profile), areas.corpus(), scope);
            return (float) scores[area];
        }
    }

    /** The towers the learned ranker's tower features read, or null (no learned ranker, or one without them). */
    io.fundmatch.rank.TowerSignal towers() {
        return reranker == null ? null : reranker.towers();
    }

    /** The area candidates kept in this partition (call once, after the last enterprise). */
    List<Scored> areaCandidates() {
        List<Scored> out = new ArrayList<>();
        for (int a = 0; a < areaHeaps.length; a++) {
            TopHeap h = areaHeaps[a];
            if (h == null) continue;
            TopHeap.Ranked r = h.ranked();
            for (int i = 0; i < r.size(); i++) {
                int local = r.refs()[i];
                out.add(new Scored(
                        false,
                        ids.get(local),
                        names.get(local),
                        a,
                        0,
                        r.scores()[i],
                        EligibilityStatus.values()[r.tags()[i]].name(),
                        null,
                        r.extras()[i]));
            }
        }
        return out;
    }

    private TopHeap areaHeap(int a) {
        TopHeap h = areaHeaps[a];
        if (h == null) {
            h = new TopHeap(topN, (x, y) -> ids.get(x).compareTo(ids.get(y)));
            areaHeaps[a] = h;
        }
        return h;
    }

    private int status(byte[] statuses, EnterpriseProfile profile, int a) {
        byte known = statuses[a];
        if (known != UNKNOWN) return known - 1;
        int s = checker.check(profile, areas.area(a), options).status().ordinal();
        statuses[a] = (byte) (s + 1);
        return s;
    }

    /** What the eligibility rules read of a profile: profiles alike here get the same outcome for every area. */
    static String eligibilityClass(EnterpriseProfile p) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(p.region().province())
                .append('|')
                .append(p.region().city())
                .append('|')
                .append(p.region().district())
                .append('|')
                .append(p.entityType());
        if (p.inference() != null) {
            sb.append('|')
                    .append(p.inference().entityTypeSource())
                    .append('|')
                    .append(p.inference().entityTypeConfidence());
        }
        for (String q : p.qualifications()) sb.append('|').append(q);
        return sb.toString();
    }

    static float dot(float[] e, float[] m, int off, int d) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < d; k += 4) {
            s0 += e[k] * m[off + k];
            s1 += e[k + 1] * m[off + k + 1];
            s2 += e[k + 2] * m[off + k + 2];
            s3 += e[k + 3] * m[off + k + 3];
        }
        for (; k < d; k++) s0 += e[k] * m[off + k];
        return (s0 + s1) + (s2 + s3);
    }

    static EnterpriseProfile parse(String json) {
        try {
            return Json.mapper().readValue(json, EnterpriseProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
