package io.fundmatch.explain;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.SentenceVectors;
import io.fundmatch.json.Json;
import io.fundmatch.match.Eligibility;
import io.fundmatch.match.EligibilityStatus;
import io.fundmatch.match.Explanation;
import io.fundmatch.match.rank.TermIndex;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.ProfileInference;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerByMeaningTest {

    private static final String OFF_TOPIC = "推动建筑信息系统开发与物业外包服务。";
    private static final String ON_TOPIC = "支持发展移动收款和商户结算。";
    private final SupportArea area =
            area("pay", XICHENG_CALL, "推进金融科技引领", "支持区域产业数字化转型。" + OFF_TOPIC + ON_TOPIC + "加强人才引进和培养。");
    private final EnterpriseProfile payments = profile("聚合支付；扫码付款系统开发；收单外包服务。");

    @Test
    void theEvidenceIsTheSentenceClosestInMeaningNotTheOneSharingMostWords() {
        SentenceEncoder encoder = SentenceEncoder.shared();
        float[] vector = encoder.embed("聚合支付；扫码付款系统开发；收单外包服务。");
        Explanation byMeaning = new Explainer(new SentenceVectors(encoder))
                .explain(payments, MatchText.bag(payments), vector, area, MatchText.bag(area), index(), eligible());
        assertTrue(byMeaning.evidence().contains(ON_TOPIC), byMeaning.evidence()::toString);
        assertTrue(byMeaning.rankFactors().get(0).contains("语义相似度"), byMeaning.rankFactors()::toString);

        // without the encoder the evidence is the sentence sharing a word (外包), about building services
        Explanation byWords = new Explainer()
                .explain(payments, MatchText.bag(payments), area, MatchText.bag(area), index(), eligible());
        assertEquals(List.of(OFF_TOPIC), byWords.evidence());
        assertTrue(byWords.rankFactors().stream().noneMatch(f -> f.contains("语义")), byWords.rankFactors()::toString);
    }

    @Test
    void theFactsThatMovedTheRankAreNamed() {
        SupportArea preferring =
                withQualification(area, Qualifications.HIGH_TECH, QualificationRequirement.Mode.PREFERRED);
        EnterpriseProfile holder = profile("物业外包服务平台", Qualifications.HIGH_TECH);
        Explanation e = new Explainer()
                .explain(holder, MatchText.bag(holder), preferring, MatchText.bag(preferring), index(), eligible());
        List<String> f = e.rankFactors();
        assertTrue(f.stream().anyMatch(x -> x.startsWith("共有专门用词")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.contains(Qualifications.HIGH_TECH)), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.contains("注册地在发文的北京市西城区")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.contains("申报截止日期为2026-06-30")), f::toString);
    }

    @Test
    void anExplanationKeepsItsJsonFieldsAndAddsTheRankFactors() throws Exception {
        Explanation e = new Explainer()
                .explain(payments, MatchText.bag(payments), area, MatchText.bag(area), index(), eligible());
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(e));
        for (String field : List.of("summary", "matchedTerms", "evidence", "facts", "rankFactors"))
            assertTrue(json.has(field), field + " in " + json);
        // an explanation stored before the field existed still reads
        Explanation old = Json.mapper()
                .readValue("{\"summary\":\"s\",\"matchedTerms\":[],\"evidence\":[],\"facts\":[]}", Explanation.class);
        assertEquals(List.of(), old.rankFactors());
    }

    private TermIndex index() {
        return TermIndex.build(List.of(MatchText.bag(area)));
    }

    private static Eligibility eligible() {
        return new Eligibility(EligibilityStatus.ELIGIBLE, List.of("注册地在北京市西城区"));
    }

    private static EnterpriseProfile profile(String scope, String... qualifications) {
        return new EnterpriseProfile(
                "p",
                "北京云付科技有限公司",
                null,
                XICHENG,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of(qualifications),
                null,
                scope,
                null,
                null,
                null,
                new ProfileInference("given", 1, "name", 0.9, "unknown", List.of()),
                List.of());
    }
}
