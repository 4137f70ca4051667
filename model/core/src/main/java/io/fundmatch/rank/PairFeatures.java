package io.fundmatch.rank;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.SectorGuess;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features of one (enterprise, area) pair the learned ranker weighs. Text signals come in per query,
 * already computed over the whole candidate list (so BM25 and TF-IDF can be scaled to the query's best);
 * the rest is read from the pair: sector fit, qualification fit, applicant-type fit, document type and level,
 * whether a deadline is stated, and how certain the enterprise's jurisdiction is.
 */
public final class PairFeatures {

    public static final List<String> NAMES = List.of(
            "encoder", // cosine of the best area passage and the profile (sentence encoder)
            "encoder_gap", // encoder minus the best encoder score of this query (≤ 0)
            "bm25", // BM25 scaled so the query's best is 1
            "tfidf", // TF-IDF cosine scaled so the query's best is 1
            "sector_fit", // how much of the profile's likely GB/T 4754 sector names the area's text holds
            "qual_required_held", // the area requires or prefers a qualification the enterprise holds
            "qual_required_missing", // the area requires one the enterprise does not state
            "qual_cultivated_held", // the area cultivates a qualification the enterprise already holds
            "applicant_named", // the area names the enterprise's entity type among its applicants
            "applicant_other", // the area names applicants, not this entity type
            "guide", // a call for applications (申报指南) rather than a plan
            "level_district",
            "level_city",
            "level_province", // issuing level (national is the base)
            "deadline_stated", // the area states a last day to apply
            "region_certain", // the enterprise's district is known (its eligibility is not CHECK for that)
            "encoder_rr", // 1 / (1 + rank by encoder among this query's candidates)
            "tfidf_rr", // 1 / (1 + rank by TF-IDF among this query's candidates)
            "tower", // best passage score through the encoder towers (TowerSignal; 0 when the ranker has none)
            "tower_rr"); // 1 / (1 + rank by tower score among this query's candidates)

    /**
     * Features a ranker file may leave out (weight 0): those added after rankers had been exported, so that older
     * {@code learned-ranker.properties} files still load.
     */
    public static final java.util.Set<String> OPTIONAL = java.util.Set.of("tower", "tower_rr");

    /** Index of the first tower feature (the tower features are the last two: tower, tower_rr). */
    public static final int TOWER = 18;

    public static final int SIZE = NAMES.size();

    private PairFeatures() {}

    /** The feature row of one pair without the tower features (0), in {@link #NAMES} order. */
    public static double[] of(
            EnterpriseProfile p,
            SupportArea a,
            TermBag areaBag,
            double encoder,
            double encoderGap,
            double bm25,
            double tfidf,
            double encoderRr,
            double tfidfRr) {
        return of(p, a, areaBag, encoder, encoderGap, bm25, tfidf, encoderRr, tfidfRr, 0, 0);
    }

    /** The feature row of one pair, in {@link #NAMES} order. */
    public static double[] of(
            EnterpriseProfile p,
            SupportArea a,
            TermBag areaBag,
            double encoder,
            double encoderGap,
            double bm25,
            double tfidf,
            double encoderRr,
            double tfidfRr,
            double tower,
            double towerRr) {
        double[] x = new double[SIZE];
        x[16] = encoderRr;
        x[17] = tfidfRr;
        x[TOWER] = tower;
        x[TOWER + 1] = towerRr;
        x[0] = encoder;
        x[1] = encoderGap;
        x[2] = bm25;
        x[3] = tfidf;
        if (p == null || a == null) return x;
        x[4] = sectorFit(p, areaBag);
        Set<String> held = a.qualifications().isEmpty()
                ? Set.of() // most areas name none: no set per pair
                : p.qualifications().stream().map(Qualifications::normalise).collect(Collectors.toSet());
        for (QualificationRequirement q : a.qualifications()) {
            boolean has = held.contains(Qualifications.normalise(q.qualification()));
            if (q.mode() == QualificationRequirement.Mode.CULTIVATE) {
                if (has) x[7] = 1;
            } else if (has) {
                x[5] = 1;
            } else if (q.mode() == QualificationRequirement.Mode.REQUIRED) {
                x[6] = 1;
            }
        }
        if (!a.applicantTypes().isEmpty()) {
            if (p.entityType() != null && a.applicantTypes().contains(p.entityType())) x[8] = 1;
            else x[9] = 1;
        }
        if (a.document() != null) {
            if (a.document().type() == DocumentType.GUIDE) x[10] = 1;
            Region r = a.document().region();
            if (r != null) {
                switch (r.level()) {
                    case DISTRICT -> x[11] = 1;
                    case CITY -> x[12] = 1;
                    case PROVINCE -> x[13] = 1;
                    default -> {}
                }
            }
        }
        if (a.deadline() != null) x[14] = 1;
        if (p.region() != null && p.region().district() != null) x[15] = 1;
        return x;
    }

    /** Confidence-weighted share of a likely sector's name bigrams found in the area text (the best sector). */
    static double sectorFit(EnterpriseProfile p, TermBag areaBag) {
        if (p.inference() == null || areaBag == null) return 0;
        double best = 0;
        for (SectorGuess g : p.inference().industryCandidates()) {
            if (g.name() == null || g.name().length() < 2) continue;
            String[] keys = NAME_BIGRAMS.get(g.name());
            if (keys == null) { // a name not seen yet: its terms are kept while fewer than NAMES_KEPT are
                keys = nameBigrams(g.name());
                if (NAME_BIGRAMS.size() < NAMES_KEPT) NAME_BIGRAMS.putIfAbsent(g.name(), keys);
            }
            int found = 0;
            for (String k : keys) if (areaBag.counts().containsKey(k)) found++;
            if (keys.length > 0) best = Math.max(best, g.confidence() * found / keys.length);
        }
        return best;
    }

    /**
     * The bigram terms of sector names, by name: made once per name (a few hundred GB/T 4754 names at most), not
     * once per pair, so a request's candidate rows only look them up (a plain {@code get}: the map's size, which
     * sums its counters, is read only when a name is missing); names beyond {@value #NAMES_KEPT} (a profile given a
     * name outside the taxonomy) are made each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> NAME_BIGRAMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int NAMES_KEPT = 5_000;

    /** A sector name's bigram terms ({@link TermBag#BIGRAM_MARK} + two characters), without 服务, 制造 and 业. */
    private static String[] nameBigrams(String name) {
        String n = name.replace("服务", "").replace("制造", "").replace("业", "");
        String[] keys = new String[Math.max(0, n.length() - 1)];
        for (int i = 0; i + 1 < n.length(); i++)
            keys[i] = String.valueOf(new char[] {TermBag.BIGRAM_MARK, n.charAt(i), n.charAt(i + 1)});
        return keys;
    }
}
