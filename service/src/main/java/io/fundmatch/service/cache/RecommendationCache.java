package io.fundmatch.service.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.profile.EnterpriseProfile;
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
 * Answers of {@code POST /api/v1/recommendations} as UTF-8 JSON, kept in process (at most
 * {@code fundmatch.cache-size} answers and {@code fundmatch.cache-bytes} bytes, least recently used out) and, when Redis is used, in Redis under
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
    private final Map<String, byte[]> local = new LinkedHashMap<>(1024, 0.75f, true);
    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private final Map<EnterpriseProfile, String> digests = lru(DIGESTS_KEPT);
    private volatile String generation = "";

    public RecommendationCache(ObjectProvider<RedisStore> redis, ObjectMapper mapper, FundmatchProperties properties) {
        this.redis = redis;
        this.mapper = mapper;
        this.maxEntries = Math.max(16, properties.cacheSize());
        this.maxBytes = Math.max(1 << 20, properties.cacheBytes());
    }

    /** Where an answer came from. */
    public enum Source { LOCAL, REDIS }

    /** A cached answer: its UTF-8 JSON and where it was found. */
    public record Hit(byte[] json, Source source) {
    }

    /** The cache key of a request: the normalised profile and the options, under the model and catalogue versions. */
    public String key(String modelVersion, String catalogueVersion, EnterpriseProfile profile, int top,
                      boolean includeIneligible) {
        return "fundmatch:rec:" + modelVersion + ":" + catalogueVersion + ":" + digest(profile) + ":" + top + ":"
                + includeIneligible;
    }

    public Optional<Hit> get(String key) {
        byte[] hit;
        synchronized (local) {
            hit = local.get(key);
        }
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
            synchronized (local) {
                local.clear();
                bytes = 0;
            }
            generation = g;
        }
    }

    private void putLocal(String key, byte[] json) {
        synchronized (local) {
            byte[] before = local.put(key, json);
            bytes += json.length - (before == null ? 0 : before.length);
            var eldest = local.entrySet().iterator();
            while ((local.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
    }

    /** What the in-process part holds. */
    public record Usage(int answers, long bytes) {
    }

    public Usage localUsage() {
        synchronized (local) {
            return new Usage(local.size(), bytes);
        }
    }

    /** SHA-256 of the profile's JSON, remembered for the profiles seen lately (a profile is immutable). */
    private String digest(EnterpriseProfile profile) {
        synchronized (digests) {
            String known = digests.get(profile);
            if (known != null) return known;
        }
        String d;
        try {
            d = sha256(mapper.writeValueAsString(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a normalised profile could not be written as JSON", e);
        }
        synchronized (digests) {
            digests.put(profile, d);
        }
        return d;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}
