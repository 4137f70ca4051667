package io.fundmatch.towers;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.features.TextVectors;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.text.Segmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The trained two-tower matcher, loaded from an exported model directory and evaluated in plain Java
 * (no Spark, no Deeplearning4j). Areas and enterprises are embedded into one space as unit vectors of
 * {@link #dimension()} floats: the match score is their dot product, and scoring many is a matrix product.
 * Loading adds the model's domain dictionary to {@link Segmenter#shared()}. Thread-safe.
 */
public final class TowerModel {

    /** Classpath folder of the model shipped with fundmatch. */
    public static final String DEFAULT_RESOURCE = "/io/fundmatch/model/default";

    private final ModelManifest manifest;
    private final TextVectors text;
    private final Tower enterpriseTower;
    private final Tower areaTower;
    private final Segmenter segmenter;

    TowerModel(ModelManifest manifest, TextVectors text, Tower enterpriseTower, Tower areaTower, Segmenter segmenter) {
        this.manifest = manifest;
        this.text = text;
        this.enterpriseTower = enterpriseTower;
        this.areaTower = areaTower;
        this.segmenter = segmenter;
    }

    /** Loads a model directory (holding model.json), or the current model of a folder of models (holding LATEST). */
    public static TowerModel load(Path dir) {
        Path d = dir;
        if (!Files.isRegularFile(d.resolve(ModelManifest.FILE))
                && Files.isRegularFile(d.resolve(ModelManifest.LATEST))) {
            try {
                d = d.resolve(Files.readString(d.resolve(ModelManifest.LATEST), StandardCharsets.UTF_8)
                        .strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.isRegularFile(d.resolve(ModelManifest.FILE))) {
            throw new IllegalArgumentException(
                    dir + " is not a model directory (no " + ModelManifest.FILE + " or " + ModelManifest.LATEST + ")");
        }
        return load(ModelSource.directory(d));
    }

    /** The model shipped with fundmatch (trained from the seed guides, the registry extracts and the taxonomies). */
    public static TowerModel loadDefault() {
        return load(ModelSource.classpath(DEFAULT_RESOURCE));
    }

    public static TowerModel load(ModelSource source) {
        ModelManifest m;
        try {
            m = Json.mapper().readValue(source.bytes(ModelManifest.FILE), ModelManifest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    source.describe() + ": unreadable " + ModelManifest.FILE + ": " + e.getMessage());
        }
        if (m.format() != 1)
            throw new IllegalArgumentException(source.describe() + ": unknown model format " + m.format());
        Segmenter segmenter = Segmenter.shared();
        segmenter.addTerms(source.lines(ModelManifest.DOMAIN_TERMS));
        TextVectors text = TextVectors.read(source, m.dimension());
        int d = m.dimension();
        int h = m.hidden();
        int eIn = d + m.enterpriseSide();
        int aIn = d + m.areaSide();
        float[] all = source.floats(ModelManifest.TOWERS, towerSize(eIn, h, d) + towerSize(aIn, h, d));
        int[] at = {0};
        Tower enterprise = new Tower(
                d,
                m.enterpriseSide(),
                h,
                take(all, at, eIn * h),
                take(all, at, h),
                take(all, at, h * d),
                take(all, at, d));
        Tower area = new Tower(
                d, m.areaSide(), h, take(all, at, aIn * h), take(all, at, h), take(all, at, h * d), take(all, at, d));
        if (m.enterpriseSide() != TowerInputs.ENTERPRISE_SIDE || m.areaSide() != TowerInputs.AREA_SIDE) {
            throw new IllegalArgumentException(
                    source.describe() + ": model was trained with other structured inputs; retrain it");
        }
        return new TowerModel(m, text, enterprise, area, segmenter);
    }

    /** Tensors of towers.f32, in file order: W1, b1, W2, b2 of the enterprise tower, then of the area tower. */
    static int towerSize(int in, int hidden, int dim) {
        return in * hidden + hidden + hidden * dim + dim;
    }

    private static float[] take(float[] all, int[] at, int n) {
        float[] out = new float[n];
        System.arraycopy(all, at[0], out, 0, n);
        at[0] += n;
        return out;
    }

    public float[] embedArea(SupportArea area) {
        return areaTower.embed(textVector(TowerInputs.areaText(area)), TowerInputs.areaSide(area));
    }

    public float[] embedEnterprise(EnterpriseProfile profile) {
        return enterpriseTower.embed(
                textVector(TowerInputs.enterpriseText(profile)), TowerInputs.enterpriseSide(profile));
    }

    /** The match score of two embeddings (their dot product; cosine, as both are unit vectors). */
    public static float score(float[] enterprise, float[] area) {
        float s = 0;
        for (int k = 0; k < enterprise.length; k++) s += enterprise[k] * area[k];
        return s;
    }

    public int dimension() {
        return manifest.dimension();
    }

    public String version() {
        return manifest.version();
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** The words of a text as the model reads them (segmented with the model's dictionary, stop words removed). */
    public List<String> words(String text) {
        return segmenter.words(text == null ? "" : clip(text));
    }

    /** The most distinctive words of a text by the model's IDF weights, at most {@code limit}. */
    public List<String> keyTerms(String text, int limit) {
        return this.text.keyTerms(words(text), limit);
    }

    /** The IDF weight of a word (0 when the model does not know it). */
    public double idf(String word) {
        return text.idf(word);
    }

    private float[] textVector(String s) {
        return text.weightedVector(segmenter.words(s));
    }

    private static String clip(String s) {
        return s.length() <= TowerInputs.MAX_TEXT_CHARS ? s : s.substring(0, TowerInputs.MAX_TEXT_CHARS);
    }
}
