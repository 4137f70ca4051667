package io.fundmatch.train.student;

import io.fundmatch.encoder.EmbeddingStore;
import io.fundmatch.encoder.TextEncoder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teacher's vectors of the training texts, looked up in (and added to) a store by content key
 * ({@link EmbeddingStore#key}: the teacher's id and the exact text), so a second training run on the same texts
 * encodes nothing. Texts not stored yet are encoded on every core.
 */
public final class EncoderTargets {

    private static final Logger log = LoggerFactory.getLogger(EncoderTargets.class);

    private EncoderTargets() {}

    /** The teacher's vector of every text, in order; {@code encoded} (may be null) counts the texts encoded now. */
    public static float[][] of(TextEncoder teacher, List<String> texts, EmbeddingStore cache, AtomicInteger encoded) {
        float[][] out = new float[texts.size()][];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger fresh = encoded == null ? new AtomicInteger() : encoded;
        long t0 = System.nanoTime();
        IntStream.range(0, texts.size()).parallel().forEach(i -> {
            String text = texts.get(i);
            String key = EmbeddingStore.key(teacher.id(), List.of(text));
            float[] v = cache.get(key).orElse(null);
            if (v == null) {
                v = teacher.embed(text);
                cache.put(key, v);
                fresh.incrementAndGet();
            }
            out[i] = v;
            int n = done.incrementAndGet();
            if (n % 1000 == 0)
                log.info(
                        "student targets: {} of {} texts ({} encoded now, {} s)",
                        n,
                        texts.size(),
                        fresh.get(),
                        (System.nanoTime() - t0) / 1_000_000_000L);
        });
        return out;
    }
}
