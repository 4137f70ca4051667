package io.fundmatch.encoder;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    private final SentenceEncoder encoder = SentenceEncoder.shared();
    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);

    private static double cos(float[] a, float[] b) {
        return PassageScorer.best(a, b, SentenceEncoder.DIMENSION);
    }

    @Test
    void vectorsAreUnitLengthAndTheIdNamesTheModelAndItsWeights() {
        float[] v = encoder.embed("面向中小商户的聚合支付与收单服务");
        assertEquals(512, v.length);
        double norm = 0;
        for (float x : v) norm += x * x;
        assertEquals(1.0, norm, 1e-3);
        assertTrue(encoder.id().matches("bge-small-zh-v1\\.5-q@[0-9a-f]{16}"), encoder.id());
    }

    @Test
    void meaningMatchesWithoutSharedWords() {
        // no word in common with either area text: only the meaning links payments to finance technology
        float[] payments = encoder.embed("为小微商户提供聚合支付、扫码收单与对账清分系统");
        float[] fintech = encoder.embed("推进金融科技引领，推动大数据、云计算等信息技术在金融领域的深度应用");
        float[] tourism = encoder.embed("发展智慧旅游，建设景区导览、游客服务与文旅消费平台");
        assertTrue(
                cos(payments, fintech) > cos(payments, tourism) + 0.05,
                cos(payments, fintech) + " vs " + cos(payments, tourism));
    }

    @Test
    void aLongAreaIsSplitIntoPassagesEachCarryingItsHeadings() {
        String text = ("支持企业开展智能网联汽车测试验证。").repeat(60) + "鼓励建设景区导览小程序与智慧旅游服务平台。";
        SupportArea a = area("long", HAIDIAN_PLAN, "产业发展方向", text);
        List<String> passages = EncoderTexts.passages(a);
        assertTrue(passages.size() > 1 && passages.size() <= EncoderTexts.MAX_PASSAGES, passages.size() + " passages");
        assertTrue(passages.stream().allMatch(p -> p.startsWith("产业发展方向\n")));
        assertTrue(passages.stream().allMatch(p -> p.length() <= EncoderTexts.PASSAGE_CHARS + 40));
        assertEquals(List.of("空方向"), EncoderTexts.passages(area("empty", HAIDIAN_PLAN, "空方向", "")));
    }

    @Test
    void theProfileTextDropsExclusionClauses() {
        EnterpriseProfile p = new EnterpriseProfile(
                "x",
                "云栈数据有限公司",
                null,
                XICHENG,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of("国家高新技术企业"),
                "数据中心运维",
                "技术开发；软件开发（除医疗器械、药品以外的内容）；数据处理",
                null,
                null,
                null,
                null,
                List.of());
        String t = EncoderTexts.of(p);
        assertTrue(t.contains("云栈数据有限公司") && t.contains("数据中心运维") && t.contains("国家高新技术企业"), t);
        assertFalse(t.contains("医疗器械"), t);
    }

    @Test
    void theEncoderRankerPutsTheFintechAreaFirstForAPaymentsCompany() {
        MatchingRecommender r = Recommenders.create("encoder", null);
        r.setAreas(catalogue());
        EnterpriseProfile payments = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分");
        List<Opportunity> out = r.recommend(payments, options);
        assertEquals("xc-finance", out.get(0).area().id());
        assertTrue(r.modelVersion().startsWith("encoder:bge-small-zh-v1.5-q@"), r.modelVersion());
    }

    @Test
    void badInputGetsARankedAnswerNotACrash() {
        MatchingRecommender r = Recommenders.create("encoder", null);
        List<SupportArea> areas = new ArrayList<>(catalogue());
        areas.add(area("no-text", NATIONAL_CALL, "", ""));
        r.setAreas(areas);
        EnterpriseProfile nameOnly = new EnterpriseProfile(
                "n", "某某公司", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertFalse(r.recommend(nameOnly, options).isEmpty());
        EnterpriseProfile english =
                profile("e", HAIDIAN, EntityType.ENTERPRISE, "We build AI chips and machine learning frameworks");
        assertEquals("hd-ai", r.recommend(english, options).get(0).area().id());
        EnterpriseProfile huge = profile("h", HAIDIAN, EntityType.ENTERPRISE, "人工智能芯片研发。".repeat(12_000));
        assertEquals("hd-ai", r.recommend(huge, options).get(0).area().id());
        // what bounds the cost of such a request: the encoder reads at most PROFILE_CHARS of it
        assertTrue(EncoderTexts.of(huge).length() <= EncoderTexts.PROFILE_CHARS, "the encoder's input is capped");
    }
}
