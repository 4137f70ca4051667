package io.fundmatch.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded map of computed values that drops the least recently used one when full: for deterministic work on keys
 * that repeat (the clauses of 经营范围 texts the segmenter reads). Thread-safe, one lock.
 */
public final class LruCache<K, V> {

    private final Map<K, V> map;

    /** @param capacity values kept at most */
    public LruCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        this.map = new LinkedHashMap<>(Math.min(capacity, 1 << 10), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key}, else {@code compute}'s (run outside the lock, then kept). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V v;
        synchronized (map) {
            v = map.get(key);
        }
        if (v != null) return v;
        v = compute.apply(key);
        if (v != null) {
            synchronized (map) {
                map.put(key, v);
            }
        }
        return v;
    }

    /** Forgets every value (when what they were computed from changes). */
    public void clear() {
        synchronized (map) {
            map.clear();
        }
    }

    public int size() {
        synchronized (map) {
            return map.size();
        }
    }
}
