package io.fundmatch.encoder;

import io.fundmatch.text.LruCache;

/**
 * Sentence-encoder vectors of short texts (the sentences an explanation may quote), kept in a bounded
 * least-recently-used cache so an area's sentences are embedded once, not on every explanation. Thread-safe.
 */
public final class SentenceVectors {

    /** Sentences kept (2 KB each: about 40 MB). */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final SentenceEncoder encoder;
    private final LruCache<String, float[]> cache;

    public SentenceVectors(SentenceEncoder encoder) {
        this(encoder, DEFAULT_CAPACITY);
    }

    public SentenceVectors(SentenceEncoder encoder, int capacity) {
        this.encoder = encoder;
        this.cache = new LruCache<>(capacity);
    }

    public int dimension() {
        return encoder.dimension();
    }

    /** The unit-length vector of one sentence. */
    public float[] of(String sentence) {
        return cache.get(sentence, encoder::embed);
    }
}
