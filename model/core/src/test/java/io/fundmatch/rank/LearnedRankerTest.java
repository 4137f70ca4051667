package io.fundmatch.rank;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedRankerTest {

    private final MatchOptions options = new MatchOptions(10, false, false, TODAY);

    @Test
    void theShippedRankerWeighsTheEncoderUpAndAModelDirectoryChoosesIt(@TempDir Path dir) throws Exception {
        LinearRanker r = LinearRanker.shipped();
        assertTrue(Arrays.stream(r.weights()).allMatch(Double::isFinite));
        assertTrue(r.weights()[PairFeatures.NAMES.indexOf("encoder")] > 0, "the encoder similarity must raise a score");
        java.nio.file.Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=learned\n");
        MatchingRecommender rec = Recommenders.load(dir);
        assertEquals("learned", rec.scorer().name());
        assertTrue(
                rec.modelVersion()
                        .matches(
                                "encoder:bge-small-zh-v1\\.5-q@[0-9a-f]{16}\\+learned-[0-9a-f]+(\\+towers-[0-9a-f]{12})?"),
                rec.modelVersion());
    }

    @Test
    void weightsRoundTripThroughTheirFileAndAModelDirectoryOverridesTheShippedOnes(@TempDir Path dir) throws Exception {
        double[] w = new double[PairFeatures.SIZE];
        w[PairFeatures.NAMES.indexOf("bm25")] = 1;
        LinearRanker bm25Only = new LinearRanker(w, -0.5, "a test ranker");
        bm25Only.write(dir);
        LinearRanker back = LinearRanker.load(dir);
        assertArrayEquals(w, back.weights());
        assertEquals(-0.5, back.intercept());
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=learned\n");
        MatchingRecommender rec = Recommenders.load(dir);
        assertTrue(rec.modelVersion().endsWith("+learned-" + bm25Only.digest()), rec.modelVersion());
    }

    @Test
    void aWeightsFileWithAMissingOrBadWeightIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(LinearRanker.FILE_NAME), "intercept=0\nweight.encoder=1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearRanker.load(dir));
        assertTrue(e.getMessage().contains("no weight for feature encoder_gap"), e.getMessage());
        double[] w = new double[PairFeatures.SIZE];
        new LinearRanker(w, 0, "zeros").write(dir);
        Path f = dir.resolve(LinearRanker.FILE_NAME);
        Files.writeString(f, Files.readString(f).replace("weight.tfidf=0.0", "weight.tfidf=zero"));
        e = assertThrows(IllegalArgumentException.class, () -> LinearRanker.load(dir));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }

    @Test
    void pairFeaturesReadQualificationApplicantAndSectorFit() {
        SupportArea a = withQualification(
                withApplicants(area("a", XICHENG_CALL, "推进金融科技引领", "支持金融科技企业开展支付清算技术研发。"), EntityType.ENTERPRISE),
                "国家高新技术企业",
                QualificationRequirement.Mode.REQUIRED);
        EnterpriseProfile holder = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付", "国家高新技术企业");
        EnterpriseProfile hospital = profile("某医院", XICHENG, EntityType.MEDICAL_INSTITUTION, "诊疗");
        double[] x = PairFeatures.of(holder, a, MatchText.bag(a), 0.6, 0, 1, 1, 1, 1);
        double[] y = PairFeatures.of(hospital, a, MatchText.bag(a), 0.6, 0, 1, 1, 1, 1);
        int held = PairFeatures.NAMES.indexOf("qual_required_held");
        int missing = PairFeatures.NAMES.indexOf("qual_required_missing");
        int named = PairFeatures.NAMES.indexOf("applicant_named");
        int other = PairFeatures.NAMES.indexOf("applicant_other");
        assertEquals(1, x[held]);
        assertEquals(0, x[missing]);
        assertEquals(1, x[named]);
        assertEquals(0, y[held]);
        assertEquals(1, y[missing]);
        assertEquals(1, y[other]);
        assertEquals(1, x[PairFeatures.NAMES.indexOf("guide")]);
        assertEquals(1, x[PairFeatures.NAMES.indexOf("level_district")]);
        assertEquals(1, x[PairFeatures.NAMES.indexOf("region_certain")]);
    }

    @Test
    void theLearnedRankerRanksBothDirectionsByMeaning() {
        MatchingRecommender r = Recommenders.create("learned", null);
        r.setAreas(catalogue());
        EnterpriseProfile payments = profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分");
        EnterpriseProfile clinic = profile("医信", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统");
        EnterpriseProfile tourism = profile("游导", XICHENG, EntityType.ENTERPRISE, "景区导览小程序与票务");
        r.setEnterprises(List.of(tourism, clinic, payments));
        assertEquals("xc-finance", r.recommend(payments, options).get(0).area().id());
        assertEquals("xc-health", r.recommend(clinic, options).get(0).area().id());
        List<EnterpriseMatch> forFinance = r.enterprisesFor("xc-finance", options);
        assertEquals("付通", forFinance.get(0).enterprise().id());
        List<EnterpriseMatch> forHealth = r.enterprisesFor("xc-health", options);
        assertEquals("医信", forHealth.get(0).enterprise().id());
    }

    @Test
    void badInputGetsARankedAnswerNotACrash() {
        MatchingRecommender r = Recommenders.create("learned", null);
        List<SupportArea> areas = new ArrayList<>(catalogue());
        areas.add(area("no-text", NATIONAL_CALL, "", ""));
        r.setAreas(areas);
        EnterpriseProfile nameOnly = new EnterpriseProfile(
                "n", "某某公司", null, null, null, null, null, null, null, null, null, null, null, null, null);
        r.setEnterprises(List.of(nameOnly));
        assertFalse(r.recommend(nameOnly, options).isEmpty());
        assertFalse(r.enterprisesFor("no-text", options).isEmpty());
        EnterpriseProfile english =
                profile("e", HAIDIAN, EntityType.ENTERPRISE, "We build AI chips and machine learning frameworks");
        assertTrue(r.recommend(english, options).stream()
                .anyMatch(o -> o.area().id().equals("hd-ai")));
        EnterpriseProfile huge = profile("h", HAIDIAN, EntityType.ENTERPRISE, "人工智能芯片研发。".repeat(12_000));
        List<Opportunity> out = r.recommend(huge, options);
        assertEquals("hd-ai", out.get(0).area().id());
    }
}
