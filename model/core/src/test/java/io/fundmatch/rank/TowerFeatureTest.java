package io.fundmatch.rank;

import static io.fundmatch.match.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.PassageScorer;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.towers.EncoderTower;
import io.fundmatch.encoder.towers.EncoderTowers;
import io.fundmatch.encoder.towers.TowerEncoderEmbedder;
import io.fundmatch.match.MatchOptions;
import io.fundmatch.match.MatchingRecommender;
import io.fundmatch.match.Opportunity;
import io.fundmatch.match.Recommenders;
import io.fundmatch.match.rank.Corpus;
import io.fundmatch.match.rank.Probe;
import io.fundmatch.match.text.MatchText;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.towers.TowerInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TowerFeatureTest {

    private static final int DIM = SentenceEncoder.DIMENSION;
    private static final int TOWER = PairFeatures.NAMES.indexOf("tower");
    private static final int TOWER_RR = PairFeatures.NAMES.indexOf("tower_rr");

    /** Trained-looking towers: the identity plus a fixed perturbation of every weight, side features included. */
    static EncoderTowers perturbed(long seed) {
        return new EncoderTowers(
                perturbed(EncoderTower.identity(DIM, TowerInputs.ENTERPRISE_SIDE), seed),
                perturbed(EncoderTower.identity(DIM, TowerInputs.AREA_SIDE), seed + 1));
    }

    private static EncoderTower perturbed(EncoderTower t, long seed) {
        Random r = new Random(seed);
        float[] w = t.w().clone();
        for (int i = 0; i < w.length; i++) w[i] += (float) (0.04 * r.nextGaussian());
        float[] b = new float[t.b().length];
        for (int i = 0; i < b.length; i++) b[i] = (float) (0.02 * r.nextGaussian());
        return new EncoderTower(t.dim(), t.side(), w, b);
    }

    private static List<SupportArea> areas() {
        List<SupportArea> areas = new ArrayList<>(catalogue());
        areas.add(withQualification(
                withApplicants(
                        area(
                                "xc-pay",
                                XICHENG_CALL,
                                "支持支付清算创新",
                                "鼓励持牌支付机构开展聚合支付、跨境收单与商户清分业务创新。对获评国家高新技术企业的，给予一次性奖励。"
                                        + "支持金融科技企业建设区块链存证平台，提升对账与反洗钱监测能力。"),
                        EntityType.ENTERPRISE),
                "国家高新技术企业",
                QualificationRequirement.Mode.CULTIVATE));
        return areas;
    }

    private static List<EnterpriseProfile> profiles() {
        return List.of(
                profile("付通", XICHENG, EntityType.ENTERPRISE, "聚合支付、收单外包与商户对账清分", "国家高新技术企业"),
                profile("医信", XICHENG, EntityType.ENTERPRISE, "电子病历与医学影像归档系统"),
                profile("游导", XICHENG, EntityType.ENTERPRISE, "景区导览小程序与票务"));
    }

    @Test
    void theTowerFeatureIsTheEncoderTowerScoreAndServingComputesItAsTrainingDoes() {
        EncoderEmbedder encoder = Recommenders.encoder(null);
        EncoderTowers towers = perturbed(7);
        List<SupportArea> areas = areas();
        // training: the pairs' rows as TrainingPairs builds them, over a corpus of encoder vectors
        Corpus<SupportArea> training = TrainingPairs.corpus(areas, encoder);
        TowerSignal trainingSignal = new TowerSignal(towers);
        // the towers' own ranker (encoder-tower): every passage through its tower, best passage, independently
        TowerEncoderEmbedder throughTowers = new TowerEncoderEmbedder(encoder, towers);
        Corpus<SupportArea> mapped = TrainingPairs.corpus(areas, throughTowers);
        PassageScorer best = new PassageScorer("encoder-tower", DIM);
        // serving: a recommender whose learned ranker weighs the tower score only, its areas prepared at setAreas
        double[] w = new double[PairFeatures.SIZE];
        w[TOWER] = 1;
        LinearRanker towerOnly = new LinearRanker(w, 0, "tower score only");
        MatchingRecommender serving = Recommenders.learned(towerOnly, new TowerSignal(towers), encoder, 0);
        serving.setAreas(areas);
        MatchOptions options = new MatchOptions(areas.size(), false, false, TODAY);
        for (EnterpriseProfile p : profiles()) {
            double[][] rows = LearnedScorer.features(
                    new Probe(MatchText.bag(p), encoder.embedEnterprise(p), p), training, trainingSignal);
            double[] expected = best.score(new Probe(null, throughTowers.embedEnterprise(p), p), mapped);
            for (int i = 0; i < areas.size(); i++) {
                assertEquals(
                        expected[i],
                        rows[i][TOWER],
                        1e-6,
                        p.id() + " / " + areas.get(i).id());
                double mine = rows[i][TOWER];
                long above = java.util.Arrays.stream(rows)
                        .filter(r -> r[TOWER] > mine)
                        .count();
                assertEquals(1.0 / (1 + above), rows[i][TOWER_RR], 1e-12);
            }
            assertNotEquals(rows[0][TOWER], rows[0][PairFeatures.NAMES.indexOf("encoder")], "towers must move it");
            // the served order is the order of the training rows' tower feature (scores are the feature itself)
            for (Opportunity o : serving.recommend(p, options)) {
                int i = areas.indexOf(o.area());
                double demoted = io.fundmatch.eligibility.QualificationRule.holdsCultivated(p, o.area())
                        ? MatchingRecommender.demoteCultivatedHolder(rows[i][TOWER])
                        : rows[i][TOWER];
                assertEquals(demoted, o.score(), 1e-4, p.id() + " / " + o.area().id()); // served scores are rounded
            }
        }
    }

    @Test
    void towerScoresOfABatchOfProfilesEqualEachProfileScoredAloneBitForBit() {
        EncoderEmbedder encoder = Recommenders.encoder(null);
        TowerSignal signal = new TowerSignal(perturbed(11));
        Corpus<SupportArea> corpus = TrainingPairs.corpus(areas(), encoder);
        List<EnterpriseProfile> profiles = new ArrayList<>(profiles());
        List<float[]> vectors = new ArrayList<>();
        for (EnterpriseProfile p : profiles) vectors.add(encoder.embedEnterprise(p));
        profiles.add(profile("无向量", XICHENG, EntityType.ENTERPRISE, "软件开发"));
        vectors.add(null); // a profile without a vector scores 0 everywhere, as alone
        double[][] batch = signal.scoresOfEach(profiles, vectors, corpus);
        for (int i = 0; i < profiles.size(); i++) {
            double[] alone = signal.scores(new Probe(null, vectors.get(i), profiles.get(i)), corpus, null);
            assertArrayEquals(alone, batch[i], profiles.get(i).name());
        }
        assertThrows(IllegalArgumentException.class, () -> signal.scoresOfEach(profiles, List.of(), corpus));
    }

    @Test
    void identityTowersGiveTheEncoderCosineAsTheTowerFeatureInBothDirections() {
        EncoderEmbedder encoder = Recommenders.encoder(null);
        List<SupportArea> areas = areas();
        Corpus<SupportArea> corpus = TrainingPairs.corpus(areas, encoder);
        TowerSignal identity = new TowerSignal(EncoderTowers.identity());
        EnterpriseProfile p = profiles().get(0);
        double[][] rows =
                LearnedScorer.features(new Probe(MatchText.bag(p), encoder.embedEnterprise(p), p), corpus, identity);
        int enc = PairFeatures.NAMES.indexOf("encoder");
        for (double[] r : rows) assertEquals(r[enc], r[TOWER], 1e-6);
        // the officer's direction: an area probe against enterprises, each enterprise through the enterprise tower
        List<Corpus.Entry<EnterpriseProfile>> entries = new ArrayList<>();
        for (EnterpriseProfile e : profiles())
            entries.add(new Corpus.Entry<>(e.id(), e, MatchText.bag(e), encoder.embedRegistered(e)));
        Corpus<EnterpriseProfile> enterprises = Corpus.of(entries);
        SupportArea pay = areas.get(areas.size() - 1);
        Probe area = new Probe(MatchText.bag(pay), encoder.embedArea(pay), pay);
        double[][] officer = LearnedScorer.features(area, enterprises, identity);
        for (double[] r : officer) assertEquals(r[enc], r[TOWER], 1e-6);
        EncoderTowers towers = perturbed(11);
        double[][] moved = LearnedScorer.features(area, enterprises, new TowerSignal(towers));
        TowerEncoderEmbedder through = new TowerEncoderEmbedder(encoder, towers);
        for (int i = 0; i < officer.length; i++) {
            EnterpriseProfile e = enterprises.item(i);
            double expected = PassageScorer.best(through.embedArea(pay), through.embedRegistered(e), DIM);
            assertEquals(expected, moved[i][TOWER], 1e-6, e.id());
        }
    }

    @Test
    void aRankerFileFromBeforeTheTowerFeaturesStillLoadsWithTheirWeightsZero(@TempDir Path dir) throws Exception {
        // the shape of every learned-ranker.properties written before the tower features: 18 weights, no tower_*
        StringBuilder old = new StringBuilder("trained-on=an earlier ranker\nintercept=-6.4\n");
        List<String> before = PairFeatures.NAMES.subList(0, PairFeatures.TOWER);
        for (int i = 0; i < before.size(); i++)
            old.append("weight.")
                    .append(before.get(i))
                    .append('=')
                    .append(0.5 + i)
                    .append('\n');
        Files.writeString(dir.resolve(LinearRanker.FILE_NAME), old.toString());
        LinearRanker r = LinearRanker.load(dir);
        assertEquals(PairFeatures.SIZE, r.weights().length);
        for (int i = 0; i < before.size(); i++) assertEquals(0.5 + i, r.weights()[i]);
        assertEquals(0, r.weights()[TOWER]);
        assertEquals(0, r.weights()[TOWER_RR]);
        assertFalse(r.usesTowers());
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=learned\n");
        MatchingRecommender rec = Recommenders.load(dir);
        assertNull(((LearnedScorer) rec.scorer()).towers(), "a ranker without tower weights reads no towers");
        rec.setAreas(areas());
        EnterpriseProfile p = profiles().get(0);
        assertFalse(rec.recommend(p, new MatchOptions(5, false, false, TODAY)).isEmpty());
    }

    @Test
    void aModelDirectorysOwnTowersServeItsRankerAndTheShippedOnesOtherwise(@TempDir Path dir) throws Exception {
        double[] w = new double[PairFeatures.SIZE];
        w[TOWER] = 1;
        new LinearRanker(w, 0, "tower score only").write(dir);
        EncoderTowers towers = perturbed(5);
        towers.save(dir);
        Files.writeString(dir.resolve(Recommenders.CONFIG_FILE), "ranker=learned\n");
        MatchingRecommender rec = Recommenders.load(dir);
        assertEquals(towers, ((LearnedScorer) rec.scorer()).towers().towers());
        assertTrue(rec.modelVersion().endsWith("+towers-" + towers.digest()), rec.modelVersion());
        Files.delete(dir.resolve(EncoderTowers.FILE));
        assertSame(
                TowerSignal.shipped(), ((LearnedScorer) Recommenders.load(dir).scorer()).towers());
        assertFalse(TowerSignal.shipped().towers().isIdentity(), "the shipped towers are trained ones");
    }
}
