package io.fundmatch.explain;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.SentenceVectors;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.Explanation;
import io.fundmatch.match.rank.TermIndex;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.match.text.TermBag;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.SectorGuess;
import io.fundmatch.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Explains one enterprise–area pair: the words both share (rarest in the catalogue first, generic words last), the
 * one or two sentences of the area's own text closest in meaning to the profile when the sentence encoder is at hand
 * ({@link EvidenceByMeaning}), else those that contain most shared words (quoted verbatim), the sector,
 * qualification and eligibility facts that counted, and the facts that moved the rank ({@link RankFactors}).
 * Thread-safe.
 */
public final class Explainer {

    private static final int MAX_TERMS = 8;
    private static final int MAX_EVIDENCE_CHARS = 160;

    /** Words of the GB/T 4754 sector names (a few hundred), segmented once. */
    private static final java.util.Map<String, List<String>> SECTOR_WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final SentenceVectors sentences;

    /** An explainer that quotes the sentences sharing most words with the profile. */
    public Explainer() {
        this(null);
    }

    /**
     * @param sentences the sentence encoder's vectors, to quote the sentences closest in meaning to the profile when
     *                  its encoder vector is given; null to quote by shared words only
     */
    public Explainer(SentenceVectors sentences) {
        this.sentences = sentences;
    }

    /**
     * Embeds (and stores) the sentences of the area that an explanation by meaning may quote, when the area arrives;
     * nothing for an explainer by shared words.
     */
    public void prepare(SupportArea area) {
        if (sentences != null && area != null) EvidenceByMeaning.prepare(area, sentences);
    }

    public Explanation explain(
            EnterpriseProfile enterprise,
            TermBag enterpriseBag,
            SupportArea area,
            TermBag areaBag,
            TermIndex areaIndex,
            Eligibility eligibility) {
        return explain(enterprise, enterpriseBag, null, area, areaBag, areaIndex, eligibility);
    }

    /**
     * As {@link #explain(EnterpriseProfile, TermBag, SupportArea, TermBag, TermIndex, Eligibility)}; with the
     * profile's sentence-encoder vector (and an explainer built with {@link SentenceVectors}) the evidence is the
     * area's sentences closest in meaning to the profile, else those sharing most words with it.
     */
    public Explanation explain(
            EnterpriseProfile enterprise,
            TermBag enterpriseBag,
            float[] enterpriseVector,
            SupportArea area,
            TermBag areaBag,
            TermIndex areaIndex,
            Eligibility eligibility) {
        List<String> matched = matchedTerms(enterpriseBag, areaBag, areaIndex);
        java.util.Optional<EvidenceByMeaning.Picked> byMeaning = byMeaning(area, enterpriseVector);
        List<String> evidence =
                byMeaning.map(EvidenceByMeaning.Picked::sentences).orElseGet(() -> evidence(area, matched));
        List<String> facts = new ArrayList<>();
        java.util.Optional<String> sector = sectorFact(enterprise, areaBag);
        sector.ifPresent(facts::add);
        facts.addAll(eligibility.reasons());
        List<String> factors = RankFactors.of(
                enterprise,
                area,
                matched,
                byMeaning.map(EvidenceByMeaning.Picked::similarity).orElse(null),
                sector);
        return new Explanation(summary(area, matched, eligibility), matched, evidence, facts, factors);
    }

    private java.util.Optional<EvidenceByMeaning.Picked> byMeaning(SupportArea area, float[] enterpriseVector) {
        if (sentences == null || enterpriseVector == null) return java.util.Optional.empty();
        try {
            return EvidenceByMeaning.pick(area, enterpriseVector, sentences);
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // the encoder failed on a sentence: quote by shared words
        }
    }

    static List<String> matchedTerms(TermBag enterpriseBag, TermBag areaBag, TermIndex areaIndex) {
        List<String> shared = new ArrayList<>();
        for (String w : enterpriseBag.words()) if (areaBag.containsWord(w)) shared.add(w);
        shared.sort(Comparator.comparingDouble((String w) -> areaIndex == null ? 0 : -areaIndex.idf(w))
                .thenComparing(w -> -w.length()));
        List<String> out = new ArrayList<>();
        for (String w : shared) {
            if (out.stream().anyMatch(o -> o.contains(w))) continue; // 医疗 adds nothing after 智慧医疗
            out.add(w);
            if (out.size() == MAX_TERMS) break;
        }
        return out;
    }

    /** Up to two sentences of the area's text holding the most matched terms, in text order; else its first. */
    static List<String> evidence(SupportArea area, List<String> matched) {
        List<String> sentences = MatchText.sentences(area.text());
        if (sentences.isEmpty()) return List.of();
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            for (int k = 0; k < matched.size(); k++) if (s.contains(matched.get(k))) scores[i] += 1.0 / (1 + 0.2 * k);
        }
        int[] top = BestSentences.topTwo(scores, 0);
        if (top[0] < 0) return List.of(trim(sentences.get(0)));
        return BestSentences.quote(sentences, top[0], top[1]);
    }

    static String trim(String sentence) {
        return sentence.length() <= MAX_EVIDENCE_CHARS ? sentence : sentence.substring(0, MAX_EVIDENCE_CHARS) + "…";
    }

    private static java.util.Optional<String> sectorFact(EnterpriseProfile enterprise, TermBag areaBag) {
        if (enterprise.inference() == null) return java.util.Optional.empty();
        for (SectorGuess g : enterprise.inference().industryCandidates()) {
            if (g.name() == null) continue;
            for (String w : SECTOR_WORDS.computeIfAbsent(g.name(), Segmenter.shared()::words)) {
                if (areaBag.containsWord(w) && !w.equals("服务") && !w.equals("行业")) {
                    return java.util.Optional.of("所属行业「" + g.name() + "」（" + g.code() + "）与本方向的「" + w + "」相关");
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String summary(SupportArea area, List<String> matched, Eligibility eligibility) {
        StringBuilder sb = new StringBuilder();
        if (matched.isEmpty()) {
            sb.append("资料中没有与本方向直接相同的业务用词");
        } else {
            sb.append("本方向与贵单位的")
                    .append(String.join("、", matched.subList(0, Math.min(3, matched.size()))))
                    .append("相关");
        }
        if (area.document() != null && area.document().title() != null) {
            sb.append("，出自《")
                    .append(area.document().title().replace("《", "").replace("》", ""))
                    .append("》");
        }
        EligibilityStatus status = eligibility.status();
        String first =
                eligibility.reasons().isEmpty() ? "" : eligibility.reasons().get(0);
        switch (status) {
            case ELIGIBLE -> sb.append("；符合已知的申报条件");
            case CHECK -> sb.append("；需核实：").append(first);
            case INELIGIBLE -> sb.append("；不符合申报条件：").append(first);
        }
        return sb.append("。").toString();
    }
}
