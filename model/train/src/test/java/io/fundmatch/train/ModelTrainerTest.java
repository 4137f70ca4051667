package io.fundmatch.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.spark.LocalSpark;
import io.fundmatch.text.Segmenter;
import io.fundmatch.towers.FeedbackEvent;
import io.fundmatch.towers.Judgment;
import io.fundmatch.towers.ModelManifest;
import io.fundmatch.towers.TowerModel;
import io.fundmatch.train.features.FeatureFitter;
import io.fundmatch.train.towers.TowerTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainerTest {

    private static SparkSession spark;
    private static ModelTrainer.Settings settings;

    @TempDir
    static Path tmp;

    private static ModelTrainer.Result first;

    @BeforeAll
    static void trainOnce() throws Exception {
        spark = LocalSpark.forTraining();
        ModelTrainer.Settings d = ModelTrainer.Settings.defaults();
        FeatureFitter.Settings f = new FeatureFitter.Settings(5000, 1, 16, 3, 7L);
        TowerTrainer.Settings t = new TowerTrainer.Settings(16, 4, 8, 0.003, 20, 1, 0.3, 7L);
        settings = new ModelTrainer.Settings(f, t, 4, 4, 0);
        first = ModelTrainer.train(spark, TinyCorpus.input(), settings, tmp.resolve("a"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sameDataGivesIdenticalExportedWeights() throws Exception {
        ModelTrainer.Result second = ModelTrainer.train(spark, TinyCorpus.input(), settings, tmp.resolve("b"));
        assertEquals(first.manifest().version(), second.manifest().version());
        for (String f : List.of("towers.f32", "word-vectors.f32", "idf.f32", "vocabulary.txt", "domain-terms.txt")) {
            assertArrayEquals(
                    Files.readAllBytes(first.directory().resolve(f)),
                    Files.readAllBytes(second.directory().resolve(f)),
                    f);
        }
    }

    @Test
    void folderOfModelsLoadsTheLatestWithAllItsFiles() {
        TowerModel m = TowerModel.load(tmp.resolve("a"));
        assertEquals(first.manifest().version(), m.version());
        assertEquals(16, m.dimension());
        assertTrue(Files.isRegularFile(first.directory().resolve(ModelManifest.CARD)));
    }

    @Test
    void catalogueAndTaxonomyTermsStayWholeAfterLoading() {
        TowerModel.load(first.directory());
        List<String> words = Segmenter.shared().words("我们建设数字孪生平台，发展智慧养老");
        assertTrue(words.contains("数字孪生平台"), words.toString());
        assertTrue(words.contains("智慧养老"), words.toString());
    }

    @Test
    void oddProfilesAndEmptyAreasGetUnitVectors() {
        TowerModel m = TowerModel.load(first.directory());
        EnterpriseProfile onlyName = new EnterpriseProfile(
                null, "某某有限公司", null, null, null, null, null, null, null, null, null, null, null, null, null);
        EnterpriseProfile english =
                TinyCorpus.profile("en", "Acme Robotics Ltd", "Design and manufacture of industrial robots.");
        EnterpriseProfile huge = TinyCorpus.profile("big", "大文本公司", "区块链技术开发；".repeat(12_000));
        SupportArea empty =
                new SupportArea("empty", null, null, null, null, null, null, null, null, null, null, null, false);
        for (float[] v : List.of(
                m.embedEnterprise(onlyName), m.embedEnterprise(english), m.embedEnterprise(huge), m.embedArea(empty))) {
            assertEquals(16, v.length);
            double norm = 0;
            for (float x : v) norm += x * x;
            assertEquals(1.0, norm, 1e-4);
        }
    }

    @Test
    void labelsAndFeedbackAreCountedAndExcludedProfilesLeftOut() throws Exception {
        EnterpriseProfile labelled = TinyCorpus.profile("p-label", "康养智能科技有限公司", "养老监护设备研发；健康监测终端。");
        EnterpriseProfile held = TinyCorpus.profile("p-held", "链上科技有限公司", "区块链技术开发。");
        List<Judgment> judgments = List.of(
                new Judgment(labelled, "a-elderly", 2),
                new Judgment(labelled, "a-chip", 0),
                new Judgment(held, "a-chain", 2),
                new Judgment(labelled, "no-such-area", 1));
        List<FeedbackEvent> feedback = List.of(
                new FeedbackEvent("r1", null, "a-medical", "applied", Instant.parse("2024-01-01T00:00:00Z")),
                new FeedbackEvent("r5", null, "a-chain", "not_relevant", Instant.parse("2024-01-02T00:00:00Z")),
                new FeedbackEvent("r9-unknown", null, "a-chain", "awarded", null));
        TrainingInput in = new TrainingInput(
                TinyCorpus.areas(),
                TinyCorpus.registry(),
                TinyCorpus.taxonomies(),
                judgments,
                feedback,
                Set.of("p-held"));
        ModelManifest m =
                ModelTrainer.train(spark, in, settings, tmp.resolve("c")).manifest();
        assertEquals(1, m.training().get("labelledProfiles"));
        assertEquals(1, m.training().get("judgmentsOnUnknownAreas"));
        assertEquals(2, m.training().get("feedbackEnterprises"));
        assertEquals(1, m.training().get("feedbackEventsSkipped"));
    }

    @Test
    void entityTypeOnlyProfileIsEmbedded() {
        TowerModel m = TowerModel.load(first.directory());
        EnterpriseProfile p = new EnterpriseProfile(
                "x",
                null,
                null,
                null,
                null,
                EntityType.UNIVERSITY,
                "I65",
                List.of("高企"),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(16, m.embedEnterprise(p).length);
    }
}
