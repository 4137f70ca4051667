package io.fundmatch.match;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MatchingRecommenderTest {

    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);

    private MatchingRecommender recommender() {
        MatchingRecommender r = Recommenders.bm25();
        r.setAreas(catalogue());
        return r;
    }

    @Test
    void aXichengHospitalSoftwareCompanyGetsTheSmartHealthAreaFirstWithEvidence() {
        EnterpriseProfile p = profile("医信", XICHENG, EntityType.ENTERPRISE, "智慧医院信息化、电子病历系统与医学影像系统研发");
        List<Opportunity> out = recommender().recommend(p, options);
        assertEquals("xc-health", out.get(0).area().id());
        Explanation why = out.get(0).explanation();
        assertTrue(why.matchedTerms().contains("病历"), why.matchedTerms()::toString);
        assertFalse(why.evidence().isEmpty());
        assertTrue(out.get(0).area().text().contains(why.evidence().get(0).replace("…", "")), why.evidence()::toString);
    }

    @Test
    void ineligibleAreasAreLeftOutUnlessAskedForAndThenRankedLast() {
        EnterpriseProfile haidian = profile("智算", HAIDIAN, EntityType.ENTERPRISE, "医学影像人工智能辅助诊断、智慧医院");
        List<Opportunity> out = recommender().recommend(haidian, options);
        assertTrue(out.stream().noneMatch(o -> o.eligibility().status() == EligibilityStatus.INELIGIBLE));
        assertTrue(
                out.stream().noneMatch(o -> o.area().id().startsWith("xc-")), "a Xicheng call for a Haidian company");
        assertTrue(out.stream().noneMatch(o -> o.area().id().equals("hd-ai-draft")), "a superseded draft");
        List<Opportunity> all = recommender().recommend(haidian, options.withIncludeIneligible(true));
        assertEquals(5, all.size());
        int firstIneligible = all.stream()
                .filter(o -> o.eligibility().status() == EligibilityStatus.INELIGIBLE)
                .mapToInt(Opportunity::rank)
                .min()
                .orElseThrow();
        assertTrue(all.stream()
                .filter(o -> o.rank() > firstIneligible)
                .allMatch(o -> o.eligibility().status() == EligibilityStatus.INELIGIBLE));
    }

    @Test
    void badProfilesGetARankedAnswerNotACrash() {
        MatchingRecommender r = recommender();
        EnterpriseProfile nameOnly = new EnterpriseProfile(
                "n", "某某公司", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertFalse(r.recommend(nameOnly, options).isEmpty());
        EnterpriseProfile english =
                profile("e", HAIDIAN, EntityType.ENTERPRISE, "We build AI chips and machine learning frameworks");
        assertFalse(r.recommend(english, options).isEmpty());
        EnterpriseProfile huge = profile("h", HAIDIAN, EntityType.ENTERPRISE, "人工智能芯片研发。".repeat(12_000));
        assertEquals("hd-ai", r.recommend(huge, options).get(0).area().id());
    }

    @Test
    void anEmptyCatalogueAndAnAreaWithoutTextAreHandled() {
        MatchingRecommender r = Recommenders.bm25();
        EnterpriseProfile p = profile("p", XICHENG, EntityType.ENTERPRISE, "医疗");
        assertTrue(r.recommend(p, options).isEmpty());
        r.setAreas(List.of(area("empty", XICHENG_CALL, "", "")));
        List<Opportunity> out = r.recommend(p, options);
        assertEquals(1, out.size());
        assertTrue(out.get(0).explanation().evidence().isEmpty());
    }

    @Test
    void enterprisesForAnAreaRankTheRegistryWithTheSameEligibility() {
        MatchingRecommender r = recommender();
        r.setEnterprises(List.of(
                profile("xc-med", XICHENG, EntityType.ENTERPRISE, "电子病历系统、医学影像软件"),
                profile("xc-food", XICHENG, EntityType.ENTERPRISE, "餐饮服务"),
                profile("hd-med", HAIDIAN, EntityType.ENTERPRISE, "电子病历系统、医学影像软件")));
        List<EnterpriseMatch> out = r.enterprisesFor("xc-health", options);
        assertEquals(
                List.of("xc-med", "xc-food"),
                out.stream().map(m -> m.enterprise().id()).toList());
        assertTrue(r.enterprisesFor("no-such-area", options).isEmpty());
    }

    @Test
    void addedAreasAreFoundAndReplaceTheirIdWhileReadersRun() throws Exception {
        MatchingRecommender r = recommender();
        EnterpriseProfile p = profile("p", Region.NATIONAL, EntityType.ENTERPRISE, "工业互联网平台");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++)
            reads.add(pool.submit(() -> {
                for (int k = 0; k < 50; k++) assertFalse(r.recommend(p, options).isEmpty());
            }));
        List<SupportArea> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) added.add(area("cn-" + i, NATIONAL_CALL, "工业互联网" + i, "工业互联网平台建设" + i + "。"));
        r.addAreas(added);
        r.addAreas(List.of(area("cn-0", NATIONAL_CALL, "工业互联网0", "替换后的文本。")));
        for (Future<?> f : reads) f.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(55, r.areaCount());
        assertEquals("替换后的文本。", r.area("cn-0").orElseThrow().text());
    }

    @Test
    void theAnswerViewHasTheServiceShape() throws Exception {
        EnterpriseProfile p = profile("医信", XICHENG, EntityType.ENTERPRISE, "智慧医院");
        MatchingRecommender r = recommender();
        String json =
                Json.mapper().writeValueAsString(RecommendationView.of(p, r.recommend(p, options), r.modelVersion()));
        var tree = Json.mapper().readTree(json);
        var first = tree.get("opportunities").get(0);
        for (String f : List.of(
                "rank",
                "areaId",
                "title",
                "path",
                "document",
                "score",
                "eligibility",
                "explanation",
                "deadline",
                "supportAmount")) assertTrue(first.has(f), f);
        assertEquals("西城区", first.get("document").get("region").get("district").asText());
        assertTrue(first.get("explanation").has("matchedTerms"));
        assertEquals(r.modelVersion(), tree.get("modelVersion").asText());
    }
}
