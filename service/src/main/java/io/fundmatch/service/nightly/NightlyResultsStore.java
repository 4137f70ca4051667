package io.fundmatch.service.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.results.NightlyKeys;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.redis.RedisStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the nightly job's results from Redis. This class is the reference for the key layout (also in
 * the project's Redis notes); the nightly job writes exactly this:
 * <pre>
 * fundmatch:nightly:current                          string  version id of the latest COMPLETE run, e.g. "20261123T0200Z"
 * fundmatch:nightly:&lt;version&gt;:meta                  string  {"version","createdAt" (ISO-8601 instant),"modelVersion",
 *                                                            "catalogueVersion","enterprises","top"}
 * fundmatch:nightly:&lt;version&gt;:enterprise:&lt;id&gt;       string  JSON array of opportunities in the API shape of
 *                                                            POST /api/v1/recommendations "opportunities"
 * fundmatch:alerts:&lt;enterpriseId&gt;                   list    newest first (LPUSH + LTRIM 50): {"areaId","title",
 *                                                            "documentTitle","score","deadline","reason","createdAt"}
 * </pre>
 * The job writes every enterprise key and the meta of a new version (with a 7-day expiry) before it sets
 * {@code current}, so readers switch versions atomically. Results are served while {@code createdAt} is
 * younger than {@code fundmatch.nightly-max-age}; otherwise, or without Redis, the service computes on the fly.
 */
@Component
public class NightlyResultsStore {

    public static final String CURRENT = NightlyKeys.CURRENT;

    private final ObjectProvider<RedisStore> redis;
    private final Duration maxAge;
    private final Clock clock;
    private final ObjectMapper mapper = Json.mapper();

    @Autowired
    public NightlyResultsStore(ObjectProvider<RedisStore> redis, FundmatchProperties properties) {
        this(redis, properties.nightlyMaxAge(), Clock.systemUTC());
    }

    NightlyResultsStore(ObjectProvider<RedisStore> redis, Duration maxAge, Clock clock) {
        this.redis = redis;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public static String metaKey(String version) {
        return NightlyKeys.meta(version);
    }

    public static String enterpriseKey(String version, String enterpriseId) {
        return NightlyKeys.enterprise(version, enterpriseId);
    }

    public static String alertsKey(String enterpriseId) {
        return NightlyKeys.alerts(enterpriseId);
    }

    /** The enterprise's opportunities of the current nightly run, when Redis is used and the run is fresh. */
    public Optional<NightlyResults> forEnterprise(String enterpriseId) {
        RedisStore store = redis.getIfAvailable();
        if (store == null) return Optional.empty();
        Optional<String> version = store.get(CURRENT);
        if (version.isEmpty()) return Optional.empty();
        Optional<Instant> createdAt = store.get(metaKey(version.get())).flatMap(this::createdAt);
        if (createdAt.isEmpty() || createdAt.get().plus(maxAge).isBefore(clock.instant())) return Optional.empty();
        return store.get(enterpriseKey(version.get(), enterpriseId))
                .flatMap(this::array)
                .map(a -> new NightlyResults(version.get(), createdAt.get(), a));
    }

    private Optional<Instant> createdAt(String metaJson) {
        try {
            JsonNode at = mapper.readTree(metaJson).get("createdAt");
            return at == null || !at.isTextual() ? Optional.empty() : Optional.of(Instant.parse(at.asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<JsonNode> array(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            return node != null && node.isArray() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One enterprise's nightly opportunities (a JSON array in the API shape). */
    public record NightlyResults(String version, Instant createdAt, JsonNode opportunities) {}
}
