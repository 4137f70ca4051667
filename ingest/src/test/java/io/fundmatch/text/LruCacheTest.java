package io.fundmatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void aKeptValueIsNotComputedAgain() {
        LruCache<String, Integer> cache = new LruCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        assertEquals(4, cache.get("技术开发", k -> computed.incrementAndGet() + 3));
        assertEquals(4, cache.get("技术开发", k -> computed.incrementAndGet() + 3));
        assertEquals(1, computed.get());
    }

    @Test
    void whenFullTheLeastRecentlyUsedValueIsDropped() {
        LruCache<String, String> cache = new LruCache<>(2);
        cache.get("技术开发", k -> "a");
        cache.get("技术咨询", k -> "b");
        cache.get("技术开发", k -> "again"); // used: 技术咨询 is now the least recently used
        cache.get("电子产品", k -> "c");
        assertEquals(2, cache.size());
        assertEquals("a", cache.get("技术开发", k -> "recomputed"));
        assertEquals("recomputed", cache.get("技术咨询", k -> "recomputed"));
    }

    @Test
    void clearForgetsEverything() {
        LruCache<String, String> cache = new LruCache<>(4);
        cache.get("五金交电", k -> "old");
        cache.clear();
        assertEquals(0, cache.size());
        assertEquals("new", cache.get("五金交电", k -> "new"));
    }

    @Test
    void aCacheHoldsAtLeastOneValue() {
        assertThrows(IllegalArgumentException.class, () -> new LruCache<String, String>(0));
    }
}
