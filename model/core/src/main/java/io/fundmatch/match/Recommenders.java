package io.fundmatch.match;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.EncoderEmbedder;
import io.fundmatch.encoder.PassageScorer;
import io.fundmatch.encoder.SentenceEncoder;
import io.fundmatch.encoder.towers.EncoderTowers;
import io.fundmatch.encoder.towers.TowerEncoderEmbedder;
import io.fundmatch.match.rank.BlendScorer;
import io.fundmatch.match.rank.Bm25Scorer;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.match.rank.EmbeddingScorer;
import io.fundmatch.match.rank.Scorer;
import io.fundmatch.match.rank.TfIdfScorer;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.rank.LearnedScorer;
import io.fundmatch.rank.LinearRanker;
import io.fundmatch.towers.TowerModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Builds recommenders. The ranker is named: {@code bm25}, {@code tfidf}, {@code tower} (the trained two-tower
 * model), {@code tower+bm25} (the tower score blended with BM25 term overlap), {@code encoder} (the pretrained
 * sentence encoder, zero-shot), {@code encoder+bm25}, or {@code learned} (the learned ranker over encoder, text and
 * pair features, {@link LinearRanker}). A model directory says which one serves in
 * {@code ranker.properties} ({@code ranker=bm25}); the evaluation writes that choice.
 */
public final class Recommenders {

    public static final String CONFIG_FILE = "ranker.properties";
    /** The ranker served when no model directory says otherwise: the best on the labelled set (see the evaluation). */
    /**
     * TF-IDF serves unless a model directory names another ranker. The learned ranker ranks best on the labelled
     * set (docs/matching.md) but builds its pair features for every candidate on every request and embeds every
     * registry enterprise with the encoder: at 10,000 areas a request takes about half a second, so it is chosen
     * per deployment ({@code ranker=learned}) until candidates are pruned before it.
     */
    public static final String DEFAULT_RANKER = "tfidf";
    /** Weight of BM25 in the {@code tower+bm25} blend (the tower gets 1 - this). */
    public static final double BLEND_BM25_WEIGHT = 0.5;

    private Recommenders() {}

    /** The text baseline: BM25 over words and character bigrams; needs no trained model. */
    public static MatchingRecommender bm25() {
        return create("bm25", null);
    }

    /** Rankers that need no trained model, then the ones that do. */
    public static List<String> rankerNames() {
        return List.of("bm25", "tfidf", "tower", "tower+bm25", "encoder", "encoder+bm25", "learned", "encoder-tower");
    }

    public static Scorer scorer(String name) {
        return switch (name) {
            case "bm25" -> new Bm25Scorer();
            case "tfidf" -> new TfIdfScorer();
            case "tower" -> new EmbeddingScorer();
            case "tower+bm25" ->
                new BlendScorer("tower+bm25", List.of(new EmbeddingScorer(), new Bm25Scorer()), new double[] {
                    1 - BLEND_BM25_WEIGHT, BLEND_BM25_WEIGHT
                });
            case "encoder" -> new PassageScorer("encoder", SentenceEncoder.DIMENSION);
            case "encoder+bm25" ->
                new BlendScorer(
                        "encoder+bm25",
                        List.of(new PassageScorer("encoder", SentenceEncoder.DIMENSION), new Bm25Scorer()),
                        new double[] {1 - BLEND_BM25_WEIGHT, BLEND_BM25_WEIGHT});
            case "learned" -> new LearnedScorer(LinearRanker.shipped());
            case "encoder-tower" -> new PassageScorer("encoder-tower", SentenceEncoder.DIMENSION);
            default ->
                throw new IllegalArgumentException("unknown ranker '" + name + "' (one of " + rankerNames() + ")");
        };
    }

    /**
     * A recommender with the named ranker. A ranker that needs the trained model falls back to the default when
     * {@code embedder} is null.
     */
    public static MatchingRecommender create(String ranker, Embedder embedder) {
        if (embedder == null && scorer(ranker).needsEmbeddings() && !usesEncoder(ranker)) ranker = DEFAULT_RANKER;
        Scorer s = scorer(ranker);
        if (embedder == null && usesEncoder(ranker)) embedder = encoder(null);
        String version = s.needsEmbeddings() ? embedder.version() + "+" + s.name() : "fundmatch-" + s.name() + "-1";
        return new MatchingRecommender(s, s.needsEmbeddings() ? embedder : null, version);
    }

    /** The trained towers as the recommender's embedder (plain Java: the model is evaluated without Spark or DL4J). */
    public static Embedder embedder(TowerModel model) {
        return new Embedder() {
            public String version() {
                return model.version();
            }

            public float[] embedArea(SupportArea area) {
                return model.embedArea(area);
            }

            public float[] embedEnterprise(EnterpriseProfile enterprise) {
                return model.embedEnterprise(enterprise);
            }
        };
    }

    /**
     * The recommender a model directory asks for: the ranker named in its {@value #CONFIG_FILE} (default
     * {@value #DEFAULT_RANKER}) with the directory's trained model when the ranker needs one. A directory
     * without a model (or null) gives the default text ranker.
     */
    public static MatchingRecommender load(Path modelDir) {
        String ranker = configuredRanker(modelDir);
        if (ranker.equals("learned")) return learned(LinearRanker.load(modelDir), encoder(modelDir));
        if (ranker.equals("encoder-tower"))
            return encoderTowers(EncoderTowers.load(modelDir).orElseGet(EncoderTowers::identity), encoder(modelDir));
        if (usesEncoder(ranker)) return create(ranker, encoder(modelDir));
        if (!scorer(ranker).needsEmbeddings() || modelDir == null) return create(ranker, null);
        return create(ranker, embedder(TowerModel.load(modelDir)));
    }

    /** The ranker a model directory names in {@value #CONFIG_FILE}, or {@value #DEFAULT_RANKER}. */
    public static String configuredRanker(Path modelDir) {
        if (modelDir == null) return DEFAULT_RANKER;
        Path f = modelDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(f)) return DEFAULT_RANKER;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
        String name = p.getProperty("ranker", DEFAULT_RANKER).strip();
        scorer(name); // fails clearly on an unknown name
        return name;
    }

    /** Whether the ranker reads the pretrained sentence encoder (which needs no training: it is always there). */
    public static boolean usesEncoder(String ranker) {
        return ranker.startsWith("encoder") || ranker.startsWith("learned");
    }

    /**
     * The sentence encoder as embedder, with area and enterprise embeddings stored in {@code folder} (by content hash, so a
     * restart does not embed them again); in memory only when {@code folder} is null and the system property
     * {@value #EMBEDDINGS_PROPERTY} names no folder.
     */
    public static EncoderEmbedder encoder(Path folder) {
        String configured = System.getProperty(EMBEDDINGS_PROPERTY, "");
        Path dir = folder != null ? folder : configured.isBlank() ? null : Path.of(configured);
        return new EncoderEmbedder(
                SentenceEncoder.shared(),
                dir == null ? EmbeddingStore.inMemory() : EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE),
                dir == null ? EmbeddingStore.inMemory() : EmbeddingStore.open(dir, EmbeddingStore.ENTERPRISES_FILE));
    }

    /** The learned ranker with these weights over the sentence encoder's vectors (and the text and pair features). */
    public static MatchingRecommender learned(LinearRanker ranker, EncoderEmbedder encoder) {
        return new MatchingRecommender(
                new LearnedScorer(ranker), encoder, encoder.version() + "+learned-" + ranker.digest());
    }

    /**
     * The sentence encoder through trained towers ({@code encoder-tower}); with the identity towers it ranks exactly
     * as {@code encoder}.
     */
    public static MatchingRecommender encoderTowers(EncoderTowers towers, EncoderEmbedder encoder) {
        return create("encoder-tower", new TowerEncoderEmbedder(encoder, towers));
    }

    /** System property: folder of the stored area embeddings when no model directory is given. */
    public static final String EMBEDDINGS_PROPERTY = "fundmatch.embeddings";
}
