package io.fundmatch.train.encodertowers;

import static org.junit.jupiter.api.Assertions.*;

import io.fundmatch.encoder.towers.EncoderTowers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tiny world where the zero-shot encoder is wrong on purpose: enterprises describe themselves in words that land
 * next to the passages of the area after the one they should apply to. Towers that start as the identity must
 * learn the shift, and must stay the identity when nothing beats it on held-out queries.
 */
class EncoderTowerTrainerTest {

    private static final int DIM = 8;
    private static final int AREAS = 4;
    private static final EncoderTowerTrainer.Settings SETTINGS =
            new EncoderTowerTrainer.Settings(8, 40, 8, 0.05, 10.0, 0.0001, 40, 120, 7L);

    @Test
    void trainingLowersTheLossAndBeatsTheIdentityOnHeldOutQueries() {
        Random r = new Random(1);
        TowerCatalogue cat = catalogue(r);
        List<TowerExample> train = queries(r, 24);
        List<TowerExample> heldOut = queries(r, 8);
        EncoderTowerTrainer.Trained t =
                EncoderTowerTrainer.train(train, cat, SETTINGS, towers -> accuracy(towers, cat, heldOut));
        List<Double> loss = t.epochLoss();
        assertTrue(loss.get(loss.size() - 1) < loss.get(0) * 0.5, "loss by epoch " + loss);
        double identity = t.validation().get(0);
        assertTrue(identity <= 0.25, "the zero-shot ranking is wrong by construction: " + identity);
        assertTrue(t.bestEpoch() > 0);
        assertEquals(1.0, accuracy(t.towers(), cat, heldOut), 1e-9, "validation by epoch " + t.validation());
        assertFalse(t.towers().isIdentity());
    }

    @Test
    void theIdentityStaysWhenNoEpochBeatsItOnHeldOutQueries() {
        Random r = new Random(2);
        TowerCatalogue cat = catalogue(r);
        EncoderTowerTrainer.Trained t =
                EncoderTowerTrainer.train(queries(r, 16), cat, SETTINGS, towers -> towers.isIdentity() ? 1 : 0);
        assertEquals(0, t.bestEpoch());
        assertTrue(t.towers().isIdentity());
        assertEquals(SETTINGS.patience(), t.epochLoss().size(), "stops after `patience` epochs without a gain");
    }

    @Test
    void noQueriesIsAClearError() {
        Random r = new Random(3);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> EncoderTowerTrainer.train(List.of(), catalogue(r), SETTINGS, null));
        assertTrue(e.getMessage().contains("no training queries"), e.getMessage());
    }

    /** Area a has two passages near axis a (with noise); its side feature says which half of the areas it is in. */
    private static TowerCatalogue catalogue(Random r) {
        float[][] passages = new float[AREAS * 2][];
        int[] areaOf = new int[AREAS * 2];
        float[][] side = new float[AREAS * 2][];
        for (int a = 0; a < AREAS; a++) {
            for (int k = 0; k < 2; k++) {
                passages[a * 2 + k] = near(a, r);
                areaOf[a * 2 + k] = a;
                side[a * 2 + k] = new float[] {a < 2 ? 1 : 0, a < 2 ? 0 : 1};
            }
        }
        return new TowerCatalogue(passages, areaOf, side, AREAS);
    }

    /** Queries near axis a + 1 whose right area is a. */
    private static List<TowerExample> queries(Random r, int n) {
        List<TowerExample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = i % AREAS;
            out.add(new TowerExample(near((a + 1) % AREAS, r), new float[3], Map.of(a, 2f), 1f));
        }
        return out;
    }

    private static float[] near(int axis, Random r) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) v[i] = (float) (r.nextGaussian() * 0.1);
        v[axis] += 1;
        double n = 0;
        for (float f : v) n += f * f;
        for (int i = 0; i < DIM; i++) v[i] /= (float) Math.sqrt(n);
        return v;
    }

    /** Share of queries whose right area ranks first. */
    private static double accuracy(EncoderTowers towers, TowerCatalogue cat, List<TowerExample> queries) {
        float[][] mapped = new float[cat.passages().length][];
        for (int p = 0; p < mapped.length; p++) mapped[p] = towers.area().apply(cat.passages()[p], cat.side()[p]);
        int right = 0;
        for (TowerExample q : queries) {
            double[] s = cat.areaScores(towers.enterprise().apply(q.vector(), q.side()), mapped);
            int best = 0;
            for (int a = 1; a < s.length; a++) if (s[a] > s[best]) best = a;
            if (q.positives().containsKey(best)) right++;
        }
        return (double) right / queries.size();
    }
}
