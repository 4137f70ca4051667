package io.fundmatch.encoder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence-encoder vectors of short texts (the sentences an explanation may quote), kept in an {@link EmbeddingStore}
 * by content hash: a sentence is embedded once, and with a stored folder once for good (an area's sentences are
 * embedded when the area arrives, so an answer quoting them embeds nothing). Thread-safe.
 */
public final class SentenceVectors {

    private final SentenceEncoder encoder;
    private final EmbeddingStore store;
    /** The vectors read so far by sentence, so an answer finds them without hashing (the store's keys are hashes). */
    private final Map<String, float[]> bySentence = new ConcurrentHashMap<>();

    /** Vectors kept in memory only. */
    public SentenceVectors(SentenceEncoder encoder) {
        this(encoder, EmbeddingStore.inMemory());
    }

    /** @param store where the vectors are kept ({@link EmbeddingStore#SENTENCES_FILE} in a stored folder) */
    public SentenceVectors(SentenceEncoder encoder, EmbeddingStore store) {
        this.encoder = encoder;
        this.store = store;
    }

    public int dimension() {
        return encoder.dimension();
    }

    /** The unit-length vector of one sentence: the stored one, else embedded now and stored. */
    public float[] of(String sentence) {
        float[] seen = bySentence.get(sentence);
        if (seen != null) return seen;
        String key = EmbeddingStore.key(encoder.id(), List.of(sentence));
        float[] v = store.get(key).orElse(null);
        if (v == null) {
            v = encoder.embed(sentence);
            store.put(key, v);
        }
        bySentence.put(sentence, v);
        return v;
    }

    /** Sentences kept. */
    public int size() {
        return store.size();
    }
}
