package io.fundmatch.encoder;

import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.match.rank.Embedder;
import io.fundmatch.profile.EnterpriseProfile;
import java.util.List;

/**
 * The sentence encoder as the recommender's embedder. A profile is one vector; an area is its passages' vectors
 * one after the other ({@link SentenceEncoder#DIMENSION} floats each), looked up in the {@link EmbeddingStore}
 * by content hash before anything is embedded (profiles likewise in their own store, so a registry is embedded
 * once, not on every start). {@link PassageScorer} scores by the best passage.
 */
public final class EncoderEmbedder implements Embedder {

    private final SentenceEncoder encoder;
    private final EmbeddingStore store;
    private final EmbeddingStore enterprises;
    private final EmbeddingStore sentences;

    /** With the sentences explanations quote kept in memory only. */
    public EncoderEmbedder(SentenceEncoder encoder, EmbeddingStore store, EmbeddingStore enterprises) {
        this(encoder, store, enterprises, EmbeddingStore.inMemory());
    }

    /**
     * @param store       area vectors by content hash
     * @param enterprises profile vectors by content hash
     * @param sentences   the vectors of the sentences explanations may quote, by content hash
     */
    public EncoderEmbedder(
            SentenceEncoder encoder, EmbeddingStore store, EmbeddingStore enterprises, EmbeddingStore sentences) {
        this.encoder = encoder;
        this.store = store;
        this.enterprises = enterprises;
        this.sentences = sentences;
    }

    /** The vectors of the sentences explanations may quote, kept in this embedder's sentence store. */
    public SentenceVectors sentenceVectors() {
        return new SentenceVectors(encoder, sentences);
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    public EmbeddingStore store() {
        return store;
    }

    /** "encoder:bge-small-zh-v1.5-q@" and the weights' hash. */
    @Override
    public String version() {
        return "encoder:" + encoder.id();
    }

    @Override
    public float[] embedArea(SupportArea area) {
        List<String> passages = EncoderTexts.passages(area);
        String key = EmbeddingStore.key(encoder.id(), passages);
        float[] known = store.get(key).orElse(null);
        if (known != null) return known;
        int d = encoder.dimension();
        float[] all = new float[passages.size() * d];
        for (int i = 0; i < passages.size(); i++) System.arraycopy(encoder.embed(passages.get(i)), 0, all, i * d, d);
        store.put(key, all);
        return all;
    }

    @Override
    public float[] embedEnterprise(EnterpriseProfile enterprise) {
        return encoder.embed(EncoderTexts.of(enterprise));
    }

    /** A registry enterprise: looked up in, or added to, the enterprise store by content hash. */
    @Override
    public float[] embedRegistered(EnterpriseProfile enterprise) {
        String text = EncoderTexts.of(enterprise);
        String key = EmbeddingStore.key(encoder.id(), List.of(text));
        float[] known = enterprises.get(key).orElse(null);
        if (known != null) return known;
        float[] v = encoder.embed(text);
        enterprises.put(key, v);
        return v;
    }
}
