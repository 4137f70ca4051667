package io.fundmatch.service.redis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The service's only door to Redis. Every call is guarded: when Redis fails, the failure is logged once,
 * the call answers "absent" and Redis is not tried again for {@link #RETRY_AFTER}; after that the next call
 * tries again, so a Redis that comes back is picked up without a restart. Callers thus degrade to the
 * in-process path and never fail a request because of Redis.
 */
public class RedisStore {

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);

    private final StringRedisTemplate redis;
    private volatile long downUntilNanos = Long.MIN_VALUE;
    private volatile boolean down;

    public RedisStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** True unless the last call failed less than {@link #RETRY_AFTER} ago. */
    public boolean available() {
        return !down || System.nanoTime() - downUntilNanos >= 0;
    }

    public Optional<String> get(String key) {
        return guarded(() -> Optional.ofNullable(redis.opsForValue().get(key)), Optional.empty());
    }

    /** Stores a value with an expiry; false when Redis could not take it. */
    public boolean set(String key, String value, Duration ttl) {
        return guarded(
                () -> {
                    redis.opsForValue().set(key, value, ttl);
                    return true;
                },
                false);
    }

    /** Appends to a list; false when Redis could not take it. */
    public boolean append(String listKey, String value) {
        return guarded(
                () -> {
                    redis.opsForList().rightPush(listKey, value);
                    return true;
                },
                false);
    }

    /** The last {@code count} elements of a list, oldest first; empty when Redis is away. */
    /** The length of a list, or empty while Redis is away. */
    public Optional<Long> length(String listKey) {
        return guarded(() -> Optional.ofNullable(redis.opsForList().size(listKey)), Optional.empty());
    }

    public Optional<List<String>> tail(String listKey, int count) {
        return guarded(() -> Optional.ofNullable(redis.opsForList().range(listKey, -count, -1)), Optional.empty());
    }

    /** The first {@code count} elements of a list. */
    public Optional<List<String>> head(String listKey, int count) {
        return guarded(() -> Optional.ofNullable(redis.opsForList().range(listKey, 0, count - 1L)), Optional.empty());
    }

    /** PING straight to Redis (not guarded): for health. */
    public String ping() {
        var connection = redis.getRequiredConnectionFactory().getConnection();
        try {
            return connection.ping();
        } finally {
            connection.close();
        }
    }

    private <T> T guarded(Supplier<T> call, T absent) {
        if (!available()) return absent;
        try {
            T result = call.get();
            if (down) {
                down = false;
                log.warn("Redis is reachable again; using it");
            }
            return result;
        } catch (RuntimeException e) {
            if (!down)
                log.warn(
                        "Redis unreachable ({}); serving without it and retrying every {} ms",
                        e.getClass().getSimpleName(),
                        RETRY_AFTER.toMillis());
            down = true;
            downUntilNanos = System.nanoTime() + RETRY_AFTER.toNanos();
            return absent;
        }
    }
}
