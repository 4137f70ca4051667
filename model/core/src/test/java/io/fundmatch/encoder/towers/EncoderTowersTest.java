package io.fundmatch.encoder.towers;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.PassageScorer;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.towers.TowerInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderTowersTest {

    private static final int D = SentenceEncoder.DIMENSION;

    private static EncoderEmbedder encoder() {
        return new EncoderEmbedder(SentenceEncoder.shared(), EmbeddingStore.inMemory(), EmbeddingStore.inMemory());
    }

    @Test
    void identityTowersScoreExactlyAsTheZeroShotEncoderWhateverTheSideFeatures() {
        EncoderEmbedder plain = encoder();
        TowerEncoderEmbedder towers = new TowerEncoderEmbedder(plain, EncoderTowers.identity());
        // side features that are set: a high-tech enterprise with a sector, and areas naming applicants and modes
        EnterpriseProfile p = profile("支付", HAIDIAN, EntityType.ENTERPRISE, "为小微商户提供聚合支付与扫码收单", "高新技术企业");
        for (SupportArea a : catalogue()) {
            SupportArea withSides = withQualification(
                    withApplicants(a, EntityType.ENTERPRISE), "高新技术企业", QualificationRequirement.Mode.REQUIRED);
            assertTrue(sum(TowerInputs.areaSide(withSides)) > 0);
            double zeroShot = PassageScorer.best(plain.embedEnterprise(p), plain.embedArea(withSides), D);
            double tower = PassageScorer.best(towers.embedEnterprise(p), towers.embedArea(withSides), D);
            assertEquals(zeroShot, tower, 0.0, a.id());
        }
        assertTrue(sum(TowerInputs.enterpriseSide(p)) > 0);
    }

    @Test
    void theEncoderTowerRankerWithIdentityTowersRanksAsTheEncoder() {
        MatchOptions options = new MatchOptions(10, false, false, TODAY);
        EnterpriseProfile p = profile("影像", HAIDIAN, EntityType.ENTERPRISE, "医学影像辅助诊断软件");
        var encoder = Recommenders.create("encoder", encoder());
        var towers = Recommenders.encoderTowers(EncoderTowers.identity(), encoder());
        encoder.setAreas(catalogue());
        towers.setAreas(catalogue());
        List<Opportunity> a = encoder.recommend(p, options);
        List<Opportunity> b = towers.recommend(p, options);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).area().id(), b.get(i).area().id());
            assertEquals(a.get(i).score(), b.get(i).score(), 0.0);
        }
        assertTrue(towers.modelVersion().endsWith("+towers-identity+encoder-tower"), towers.modelVersion());
    }

    @Test
    void anIdentityTowerIgnoresSideFeaturesAndATrainedOneReadsThem() {
        EncoderTower id = EncoderTower.identity(4, 2);
        float[] x = {0.5f, 0.5f, 0.5f, 0.5f};
        assertArrayEquals(x, id.apply(x, new float[] {1, 1}), 1e-7f);
        float[] w = id.w().clone();
        w[4 * 4] = 1f; // side feature 0 adds to output 0
        EncoderTower trained = new EncoderTower(4, 2, w, new float[4]);
        assertFalse(trained.isIdentity());
        assertArrayEquals(x, trained.apply(x, new float[] {0, 1}), 1e-7f);
        float[] moved = trained.apply(x, new float[] {1, 0});
        assertTrue(moved[0] > moved[1], "side feature 0 pulls the output toward dimension 0");
        assertEquals(1.0, dot(moved, moved), 1e-6);
    }

    @Test
    void towersSurviveSaveAndLoadBitForBit(@TempDir Path dir) throws Exception {
        EncoderTowers t = random(7);
        t.save(dir);
        EncoderTowers back = EncoderTowers.load(dir).orElseThrow();
        assertEquals(t, back);
        assertEquals(t.digest(), back.digest());
        assertNotEquals("identity", back.digest());
        assertTrue(EncoderTowers.load(dir.resolve("none")).isEmpty());
        assertEquals("identity", EncoderTowers.identity().digest());
    }

    @Test
    void aCutOrForeignTowerFileIsAClearError(@TempDir Path dir) throws Exception {
        random(3).save(dir);
        Path f = dir.resolve(EncoderTowers.FILE);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> EncoderTowers.load(dir));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        Files.writeString(f, "ranker=bm25\n");
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> EncoderTowers.load(dir));
        assertTrue(foreign.getMessage().contains("not an encoder-tower file"), foreign.getMessage());
    }

    @Test
    void aModelDirectoryNamingTheEncoderTowerServesItsStoredTowersOrTheIdentity(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=encoder-tower\n");
        assertTrue(Recommenders.load(dir).modelVersion().contains("+towers-identity+encoder-tower"));
        EncoderTowers t = random(11);
        t.save(dir);
        assertTrue(Recommenders.load(dir).modelVersion().contains("+towers-" + t.digest() + "+encoder-tower"));
    }

    private static EncoderTowers random(long seed) {
        Random r = new Random(seed);
        EncoderTowers id = EncoderTowers.identity();
        return new EncoderTowers(perturbed(id.enterprise(), r), perturbed(id.area(), r));
    }

    private static EncoderTower perturbed(EncoderTower t, Random r) {
        float[] w = t.w().clone();
        for (int i = 0; i < w.length; i += 97) w[i] += (float) r.nextGaussian() * 0.01f;
        float[] b = new float[t.dim()];
        for (int i = 0; i < b.length; i++) b[i] = (float) r.nextGaussian() * 0.001f;
        return new EncoderTower(t.dim(), t.side(), w, b);
    }

    private static double sum(float[] v) {
        double s = 0;
        for (float f : v) s += f;
        return s;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
