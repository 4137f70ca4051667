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
import io.fundmatch.rank.TowerSignal;
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
 * pair features, {@link LinearRanker}, on pruned candidates; {@code learned-all} scores every candidate). A model
 * directory says which one serves in {@code ranker.properties} ({@code ranker=bm25}; for the learned ranker also
 * {@code candidates=50}); the evaluation writes that choice.
 */
public final class Recommenders {

    public static final String CONFIG_FILE = "ranker.properties";
    /**
     * The ranker served when no model directory says otherwise: the learned ranker, the best on the labelled set
     * in both directions (docs/matching.md). It prunes candidates before building pair features
     * ({@link LearnedScorer}), so a request costs about what the encoder and the text scores cost.
     */
    public static final String DEFAULT_RANKER = "learned";
    /** Key of {@value #CONFIG_FILE}: candidates per first-stage signal of the learned ranker (0: every item). */
    public static final String CANDIDATES_KEY = "candidates";
    /** Weight of BM25 in the {@code tower+bm25} blend (the tower gets 1 - this). */
    public static final double BLEND_BM25_WEIGHT = 0.5;

    private Recommenders() {}

    /** The text baseline: BM25 over words and character bigrams; needs no trained model. */
    public static MatchingRecommender bm25() {
        return create("bm25", null);
    }

    /** Rankers that need no trained model, then the ones that do. */
    public static List<String> rankerNames() {
        return List.of(
                "bm25",
                "tfidf",
                "tower",
                "tower+bm25",
                "encoder",
                "encoder+bm25",
                "learned",
                "learned-all",
                "encoder-tower");
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
            case "learned-all" -> new LearnedScorer(LinearRanker.shipped(), 0);
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
        if (ranker.startsWith("learned") && (embedder == null || embedder instanceof EncoderEmbedder)) {
            return learned(
                    LinearRanker.shipped(),
                    embedder == null ? encoder(null) : (EncoderEmbedder) embedder,
                    ranker.equals("learned-all") ? 0 : LearnedScorer.DEFAULT_CANDIDATES);
        }
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
        return load(modelDir, modelDir);
    }

    /**
     * As {@link #load(Path)}, with the sentence encoder's stored embeddings in {@code embeddings} (null: in memory
     * unless {@value #EMBEDDINGS_PROPERTY} names a folder), e.g. the service's data folder.
     */
    public static MatchingRecommender load(Path modelDir, Path embeddings) {
        String ranker = configuredRanker(modelDir);
        if (ranker.startsWith("learned")) {
            int k = ranker.equals("learned-all") ? 0 : configuredCandidates(modelDir);
            LinearRanker r = LinearRanker.load(modelDir);
            return learned(r, r.usesTowers() ? TowerSignal.load(modelDir) : null, encoder(embeddings), k);
        }
        if (ranker.equals("encoder-tower"))
            return encoderTowers(EncoderTowers.load(modelDir).orElseGet(EncoderTowers::identity), encoder(embeddings));
        if (usesEncoder(ranker)) return create(ranker, encoder(embeddings));
        if (!scorer(ranker).needsEmbeddings() || modelDir == null) return create(ranker, null);
        return create(ranker, embedder(TowerModel.load(modelDir)));
    }

    /** The ranker a model directory names in {@value #CONFIG_FILE}, or {@value #DEFAULT_RANKER}. */
    public static String configuredRanker(Path modelDir) {
        String name = config(modelDir).getProperty("ranker", DEFAULT_RANKER).strip();
        scorer(name); // fails clearly on an unknown name
        return name;
    }

    /**
     * The learned ranker's candidates per first-stage signal a model directory names in {@value #CONFIG_FILE}
     * ({@value #CANDIDATES_KEY}), or {@link LearnedScorer#DEFAULT_CANDIDATES}; 0 scores every item.
     */
    public static int configuredCandidates(Path modelDir) {
        String v = config(modelDir).getProperty(CANDIDATES_KEY);
        if (v == null || v.isBlank()) return LearnedScorer.DEFAULT_CANDIDATES;
        try {
            int k = Integer.parseInt(v.strip());
            if (k < 0) throw new NumberFormatException();
            return k;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CONFIG_FILE + ": " + CANDIDATES_KEY
                    + " must be a whole number, 0 (every item) or more, got '" + v.strip() + "'");
        }
    }

    private static Properties config(Path modelDir) {
        Properties p = new Properties();
        if (modelDir == null) return p;
        Path f = modelDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(f)) return p;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
        return p;
    }

    /** Whether the ranker reads the pretrained sentence encoder (which needs no training: it is always there). */
    public static boolean usesEncoder(String ranker) {
        return ranker.startsWith("encoder") || ranker.startsWith("learned");
    }

    /**
     * The sentence encoder as embedder, with area, enterprise and explanation-sentence embeddings stored in {@code
     * folder} (by content hash, so a restart does not embed them again); in memory only when {@code folder} is null and the system property
     * {@value #EMBEDDINGS_PROPERTY} names no folder.
     */
    public static EncoderEmbedder encoder(Path folder) {
        String configured = System.getProperty(EMBEDDINGS_PROPERTY, "");
        Path dir = folder != null ? folder : configured.isBlank() ? null : Path.of(configured);
        return new EncoderEmbedder(
                SentenceEncoder.shared(),
                dir == null ? EmbeddingStore.inMemory() : EmbeddingStore.open(dir, EmbeddingStore.AREAS_FILE),
                dir == null ? EmbeddingStore.inMemory() : EmbeddingStore.open(dir, EmbeddingStore.ENTERPRISES_FILE),
                dir == null ? EmbeddingStore.inMemory() : EmbeddingStore.open(dir, EmbeddingStore.SENTENCES_FILE));
    }

    /** The learned ranker with these weights over the sentence encoder's vectors (and the text and pair features). */
    public static MatchingRecommender learned(LinearRanker ranker, EncoderEmbedder encoder) {
        return learned(ranker, encoder, LearnedScorer.DEFAULT_CANDIDATES);
    }

    /** As {@link #learned(LinearRanker, EncoderEmbedder)} with {@code candidates} per first-stage signal (0: all). */
    public static MatchingRecommender learned(LinearRanker ranker, EncoderEmbedder encoder, int candidates) {
        return learned(ranker, ranker.usesTowers() ? TowerSignal.shipped() : null, encoder, candidates);
    }

    /**
     * As {@link #learned(LinearRanker, EncoderEmbedder, int)} with the tower features read from {@code towers} (a
     * model directory's own encoder towers, or a fold's in the evaluation).
     */
    public static MatchingRecommender learned(
            LinearRanker ranker, TowerSignal towers, EncoderEmbedder encoder, int candidates) {
        LearnedScorer s = new LearnedScorer(ranker, candidates, towers);
        String k = candidates == 0 || candidates == LearnedScorer.DEFAULT_CANDIDATES ? "" : "/k" + candidates;
        String t = s.towers() == null ? "" : "+towers-" + s.towers().digest();
        return new MatchingRecommender(s, encoder, encoder.version() + "+" + s.name() + k + "-" + ranker.digest() + t);
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
