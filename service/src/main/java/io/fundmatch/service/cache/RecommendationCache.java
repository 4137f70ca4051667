package io.fundmatch.service.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.redis.RedisStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers of {@code POST /api/v1/recommendations} as UTF-8 JSON, kept in process in a Caffeine cache weighed by
 * bytes (at most {@code fundmatch.cache-bytes} bytes; an answer weighs at least {@code cache-bytes / cache-size}, so
 * there are never more than {@code fundmatch.cache-size} answers; statistics are recorded for Actuator) and, when Redis is used, in Redis under
 * {@code fundmatch:rec:<modelVersion>:<catalogueVersion>:<sha256 of the normalised profile>:<top>:<ineligible>}
 * for 24 h. The key holds the model and catalogue versions, so a new model or any catalogue change makes old
 * answers unreachable; the in-process part is also emptied then.
 */
@Component
public class RecommendationCache {

    static final Duration TTL = Duration.ofHours(24);
    private static final int DIGESTS_KEPT = 10_000;

    private final ObjectProvider<RedisStore> redis;
    private final ObjectMapper mapper;
    private final Cache<String, byte[]> local;
    private final Cache<EnterpriseProfile, String> digests =
            Caffeine.newBuilder().maximumSize(DIGESTS_KEPT).build();
    private volatile String generation = "";

    public RecommendationCache(ObjectProvider<RedisStore> redis, ObjectMapper mapper, FundmatchProperties properties) {
        this.redis = redis;
        this.mapper = mapper;
        int maxEntries = Math.max(16, properties.cacheSize());
        long maxBytes = Math.max(1 << 20, properties.cacheBytes());
        int leastWeight = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes / maxEntries));
        this.local = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, byte[] json) -> Math.max(json.length, leastWeight))
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** The in-process cache itself, for its statistics ({@link RecommendationCacheMetrics}). */
    Cache<String, byte[]> inProcess() {
        return local;
    }

    /** Where an answer came from. */
    public enum Source {
        LOCAL,
        REDIS
    }

    /** A cached answer: its UTF-8 JSON and where it was found. */
    public record Hit(byte[] json, Source source) {}

    /** The cache key of a request: the normalised profile and the options, under the model and catalogue versions. */
    public String key(
            String modelVersion,
            String catalogueVersion,
            EnterpriseProfile profile,
            int top,
            boolean includeIneligible) {
        return "fundmatch:rec:" + modelVersion + ":" + catalogueVersion + ":" + digest(profile) + ":" + top + ":"
                + includeIneligible;
    }

    public Optional<Hit> get(String key) {
        byte[] hit = local.getIfPresent(key);
        if (hit != null) return Optional.of(new Hit(hit, Source.LOCAL));
        RedisStore store = redis.getIfAvailable();
        if (store == null) return Optional.empty();
        Optional<byte[]> remote = store.get(key).map(json -> json.getBytes(StandardCharsets.UTF_8));
        remote.ifPresent(json -> putLocal(key, json));
        return remote.map(json -> new Hit(json, Source.REDIS));
    }

    public void put(String key, byte[] json) {
        putLocal(key, json);
        RedisStore store = redis.getIfAvailable();
        if (store != null) store.set(key, new String(json, StandardCharsets.UTF_8), TTL);
    }

    /** Empties the in-process part when the model or catalogue version changes. */
    public void versions(String modelVersion, String catalogueVersion) {
        String g = modelVersion + ":" + catalogueVersion;
        if (!g.equals(generation)) {
            local.invalidateAll();
            generation = g;
        }
    }

    private void putLocal(String key, byte[] json) {
        local.put(key, json);
        local.cleanUp();
    }

    /** What the in-process part holds. */
    public record Usage(int answers, long bytes) {}

    public Usage localUsage() {
        local.cleanUp();
        long bytes = 0;
        for (byte[] json : local.asMap().values()) bytes += json.length;
        return new Usage(local.asMap().size(), bytes);
    }

    /** SHA-256 of the profile's JSON, remembered for the profiles seen lately (a profile is immutable). */
    private String digest(EnterpriseProfile profile) {
        return digests.get(profile, p -> {
            try {
                return sha256(mapper.writeValueAsString(p));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a normalised profile could not be written as JSON", e);
            }
        });
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
