package io.fundmatch.encoder.student;

import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.TextEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fast student of the sentence encoder, distilled from it (trained in {@code model/train} with Deeplearning4j to
 * reproduce the encoder's vectors of registry and area texts), for bulk runs where the encoder's ≈ 10 ms per text
 * is too slow. Reads the same text as the encoder ({@link io.fundmatch.encoder.EncoderTexts}) and answers in the
 * encoder's space, so its vectors can be scored against the encoder's (an area embedded once by the encoder
 * against a million profiles embedded by the student):
 *
 * <pre>
 * terms   = HanLP words + character bigrams                     ({@link StudentTokens})
 * e       = Σ weight(term) · table[row(term)]                   (weights 1 + ln count, summing to 1)
 * h       = tanh(e W1 + b1)
 * y       = h W2 + b2,   returned as y / |y|                    ({@link SentenceEncoder#DIMENSION} floats)
 * </pre>
 *
 * Plain Java (no Deeplearning4j at serving time); immutable and thread-safe. Weights: {@link StudentWeights}
 * ({@value StudentWeights#FILE} in a model directory, or the one shipped in the jar).
 */
public final class StudentEncoder implements TextEncoder {

    public static final String NAME = "bge-small-zh-v1.5-student";
    /** Where the shipped student lives on the class path. */
    public static final String DEFAULT_RESOURCE = "/io/fundmatch/encoder/student/default/" + StudentWeights.FILE;

    private static volatile StudentEncoder shipped;

    private final StudentWeights w;
    private final Map<String, Integer> index;
    private final String id;

    public StudentEncoder(StudentWeights weights) {
        this.w = weights;
        this.index = new HashMap<>(weights.vocabulary().size() * 2);
        List<String> v = weights.vocabulary();
        for (int i = 0; i < v.size(); i++) index.put(v.get(i), i);
        this.id = NAME + "@" + weights.digest();
    }

    /** The student in {@code dir} ({@value StudentWeights#FILE}), if it holds one. */
    public static Optional<StudentEncoder> load(Path dir) {
        return StudentWeights.load(dir).map(StudentEncoder::new);
    }

    /** The student shipped in the jar, if this build ships one (loaded once per JVM). */
    public static Optional<StudentEncoder> shipped() {
        StudentEncoder s = shipped;
        if (s != null) return Optional.of(s);
        synchronized (StudentEncoder.class) {
            if (shipped == null) {
                try (InputStream in = StudentEncoder.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                    if (in == null) return Optional.empty();
                    shipped = new StudentEncoder(StudentWeights.read(in, DEFAULT_RESOURCE));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Optional.of(shipped);
        }
    }

    /** The student in {@code dir} when it holds one, else the shipped one; a clear error when there is neither. */
    public static StudentEncoder loadOrShipped(Path dir) {
        return load(dir)
                .or(StudentEncoder::shipped)
                .orElseThrow(() -> new IllegalArgumentException("no student encoder in "
                        + (dir == null ? "(no model directory)" : dir)
                        + " and none shipped in this build: run `fundmatch train-student --out DIR` first"));
    }

    public StudentWeights weights() {
        return w;
    }

    /** "bge-small-zh-v1.5-student@" and the first 16 hex digits of the SHA-256 of its weights file. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return w.out();
    }

    /** The tokens of a text as this student reads them (rows of its table and pooling weights). */
    public StudentTokens tokens(String text) {
        return StudentTokens.of(text, index, w.buckets());
    }

    @Override
    public float[] embed(String text) {
        return forward(tokens(text));
    }

    /** The unit-length output for already tokenised input. */
    public float[] forward(StudentTokens t) {
        int d = w.wordDim();
        int hd = w.hidden();
        int od = w.out();
        float[] table = w.table();
        float[] e = new float[d];
        int[] rows = t.rows();
        float[] weights = t.weights();
        for (int k = 0; k < rows.length; k++) {
            int off = rows[k] * d;
            float a = weights[k];
            for (int j = 0; j < d; j++) e[j] += a * table[off + j];
        }
        float[] h = w.b1().clone();
        float[] w1 = w.w1();
        for (int i = 0; i < d; i++) {
            float v = e[i];
            if (v == 0) continue;
            int off = i * hd;
            for (int j = 0; j < hd; j++) h[j] += v * w1[off + j];
        }
        for (int j = 0; j < hd; j++) h[j] = (float) Math.tanh(h[j]);
        float[] y = w.b2().clone();
        float[] w2 = w.w2();
        for (int i = 0; i < hd; i++) {
            float v = h[i];
            int off = i * od;
            for (int j = 0; j < od; j++) y[j] += v * w2[off + j];
        }
        double norm = 0;
        for (float v : y) norm += (double) v * v;
        if (norm == 0 || !Double.isFinite(norm)) {
            float[] unit = new float[od];
            unit[0] = 1f;
            return unit;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < od; j++) y[j] *= inv;
        return y;
    }
}
