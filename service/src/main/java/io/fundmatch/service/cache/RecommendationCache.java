package io.fundmatch.service.cache;

import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.redis.RedisStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers of {@code POST /api/v1/recommendations}, kept in process (bounded, least recently used out) and,
 * when Redis is used, in Redis under {@code fundmatch:rec:<modelVersion>:<catalogueVersion>:<sha256>} for 24 h.
 * The key holds the model and catalogue versions, so a new model or any catalogue change makes old answers
 * unreachable; the in-process part is also emptied then.
 */
@Component
public class RecommendationCache {

    static final Duration TTL = Duration.ofHours(24);

    private final ObjectProvider<RedisStore> redis;
    private final Map<String, String> local;
    private volatile String generation = "";

    public RecommendationCache(ObjectProvider<RedisStore> redis, FundmatchProperties properties) {
        this.redis = redis;
        int max = Math.max(16, properties.cacheSize());
        this.local = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > max;
            }
        };
    }

    /** Where an answer came from. */
    public enum Source { LOCAL, REDIS }

    public record Hit(String json, Source source) {
    }

    /** The cache key of a request: normalised profile JSON and options, under the model and catalogue versions. */
    public static String key(String modelVersion, String catalogueVersion, String normalisedRequest) {
        return "fundmatch:rec:" + modelVersion + ":" + catalogueVersion + ":" + sha256(normalisedRequest);
    }

    public Optional<Hit> get(String key) {
        String hit;
        synchronized (local) {
            hit = local.get(key);
        }
        if (hit != null) return Optional.of(new Hit(hit, Source.LOCAL));
        RedisStore store = redis.getIfAvailable();
        if (store == null) return Optional.empty();
        Optional<String> remote = store.get(key);
        remote.ifPresent(json -> putLocal(key, json));
        return remote.map(json -> new Hit(json, Source.REDIS));
    }

    public void put(String key, String json) {
        putLocal(key, json);
        RedisStore store = redis.getIfAvailable();
        if (store != null) store.set(key, json, TTL);
    }

    /** Empties the in-process part when the model or catalogue version changes. */
    public void versions(String modelVersion, String catalogueVersion) {
        String g = modelVersion + ":" + catalogueVersion;
        if (!g.equals(generation)) {
            synchronized (local) {
                local.clear();
            }
            generation = g;
        }
    }

    private void putLocal(String key, String json) {
        synchronized (local) {
            local.put(key, json);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
