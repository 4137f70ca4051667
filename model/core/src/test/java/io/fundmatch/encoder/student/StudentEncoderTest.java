package io.fundmatch.encoder.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentEncoderTest {

    /** A small student with seeded random weights (shape as a real one, smaller). */
    static StudentWeights randomWeights(long seed) {
        Random r = new Random(seed);
        List<String> vocab = List.of("软件开发", "集成电路", "\u00b7软件", "\u00b7电路", "技术服务", "医疗器械");
        int buckets = 8, d = 6, h = 10, o = 12;
        return new StudentWeights(
                vocab,
                buckets,
                d,
                h,
                o,
                gaussian(r, (vocab.size() + buckets) * d),
                gaussian(r, d * h),
                gaussian(r, h),
                gaussian(r, h * o),
                gaussian(r, o));
    }

    private static float[] gaussian(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) r.nextGaussian();
        return v;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float f : v) s += (double) f * f;
        return Math.sqrt(s);
    }

    @Test
    void aTextsTermsArePooledInTermOrderSoEveryJvmSumsThemAlike() {
        // the bag's own map iterates in an order that changes from one JVM to the next (Map.copyOf); the pooled
        // float sum must follow an order that does not, or executors and the driver disagree in the last bits
        String text = "医疗器械软件开发与集成电路设计，提供技术服务及软件开发";
        java.util.Map<String, Integer> index = java.util.Map.of("软件开发", 0, "集成电路", 1, "技术服务", 2, "医疗器械", 3);
        StudentTokens t = StudentTokens.of(text, index, 8);
        java.util.List<String> terms =
                new java.util.ArrayList<>(new java.util.TreeMap<>(StudentTokens.terms(text)).keySet());
        assertEquals(terms.size(), t.rows().length);
        for (int k = 0; k < terms.size(); k++) {
            Integer own = index.get(terms.get(k));
            int expected = own != null ? own : index.size() + StudentTokens.bucket(terms.get(k), 8);
            assertEquals(expected, t.rows()[k], terms.get(k));
        }
    }

    @Test
    void everyTextGetsAUnitVectorIncludingEmptyEnglishAndHundredKilobytes() {
        StudentEncoder s = new StudentEncoder(randomWeights(1));
        String big = "软件开发；集成电路设计；技术服务。".repeat(6_000); // ≈ 100 KB
        for (String t : new String[] {"", "   ", null, "Software development and IC design", big, "软件开发"}) {
            float[] v = s.embed(t);
            assertEquals(12, v.length);
            assertEquals(1.0, norm(v), 1e-5, "unit length for " + (t == null ? "null" : t.length() + " chars"));
        }
    }

    @Test
    void theSameTextGivesTheSameVectorAndDifferentTextsDiffer() {
        StudentEncoder s = new StudentEncoder(randomWeights(2));
        String a = "北京某某科技有限公司\n软件开发；技术服务";
        assertArrayEquals(s.embed(a), s.embed(a));
        assertArrayEquals(s.embed(a), new StudentEncoder(randomWeights(2)).embed(a));
        assertNotEquals(s.embed(a)[0], s.embed("医疗器械销售")[0]);
    }

    @Test
    void aSavedStudentLoadsBackWithTheSameVectorsAndVersion(@TempDir Path dir) throws IOException {
        StudentWeights w = randomWeights(3);
        StudentEncoder before = new StudentEncoder(w);
        w.save(dir);
        StudentEncoder after = StudentEncoder.load(dir).orElseThrow();
        assertEquals(before.id(), after.id());
        assertTrue(after.id().startsWith(StudentEncoder.NAME + "@"));
        assertArrayEquals(before.embed("集成电路与软件"), after.embed("集成电路与软件"));
        assertNotEquals(before.id(), new StudentEncoder(randomWeights(4)).id(), "the id follows the weights");
    }

    @Test
    void theForwardPassIsTheDocumentedFormula() {
        StudentWeights w = randomWeights(5);
        StudentEncoder s = new StudentEncoder(w);
        StudentTokens t = s.tokens("软件开发，软件开发，集成电路");
        int d = w.wordDim(), h = w.hidden(), o = w.out();
        double[] e = new double[d];
        for (int k = 0; k < t.rows().length; k++)
            for (int j = 0; j < d; j++) e[j] += t.weights()[k] * w.table()[t.rows()[k] * d + j];
        double[] hid = new double[h];
        for (int j = 0; j < h; j++) {
            double z = w.b1()[j];
            for (int i = 0; i < d; i++) z += e[i] * w.w1()[i * h + j];
            hid[j] = Math.tanh(z);
        }
        double[] y = new double[o];
        double n = 0;
        for (int j = 0; j < o; j++) {
            y[j] = w.b2()[j];
            for (int i = 0; i < h; i++) y[j] += hid[i] * w.w2()[i * o + j];
            n += y[j] * y[j];
        }
        float[] got = s.forward(t);
        for (int j = 0; j < o; j++) assertEquals(y[j] / Math.sqrt(n), got[j], 1e-5);
        double sum = 0;
        for (float f : t.weights()) sum += f;
        assertEquals(1.0, sum, 1e-6, "pooling weights sum to 1");
    }

    @Test
    void anUnknownTermFallsInAStableHashBucket() {
        StudentEncoder s = new StudentEncoder(randomWeights(6));
        StudentTokens t = s.tokens("量子");
        for (int row : t.rows()) assertTrue(row >= 0 && row < s.weights().rows());
        assertEquals(StudentTokens.bucket("量子", 8), StudentTokens.bucket("量子", 8));
    }

    @Test
    void aFileThatIsNotAStudentIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(StudentWeights.FILE), "not weights at all");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudentEncoder.load(dir));
        assertTrue(e.getMessage().contains(StudentWeights.FILE), e.getMessage());
        byte[] good = randomWeights(7).bytes();
        Files.write(dir.resolve(StudentWeights.FILE), java.util.Arrays.copyOf(good, good.length - 10));
        e = assertThrows(IllegalArgumentException.class, () -> StudentEncoder.load(dir));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertTrue(StudentEncoder.load(dir.resolve("empty")).isEmpty());
    }
}
