package io.fundmatch.service.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Token buckets by key (a client address, an account name): each key gets its own {@link Bucket} with the
 * same bandwidths, kept in a bounded Caffeine cache so that a scan from many addresses cannot grow memory
 * without end. A key not seen for longer than its longest refill period starts afresh, which is what its
 * bucket would say anyway.
 */
public final class Allowances {

    private final List<Bandwidth> bandwidths;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    public Allowances(List<Bandwidth> bandwidths, Duration forgetAfter, long maxKeys, TimeMeter clock) {
        if (bandwidths.isEmpty()) throw new IllegalArgumentException("at least one bandwidth is needed");
        this.bandwidths = List.copyOf(bandwidths);
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(forgetAfter)
                .build();
    }

    /** Takes one token for the key; empty when it was there, otherwise how long until one will be. */
    public Optional<Duration> take(String key) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(roundUp(probe.getNanosToWaitForRefill()));
    }

    /** Without taking anything: empty when the key has a token left, otherwise how long until it will. */
    public Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) return Optional.empty();
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? Optional.empty() : Optional.of(roundUp(nanos));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> {
            var builder = Bucket.builder().withCustomTimePrecision(clock);
            bandwidths.forEach(builder::addLimit);
            return builder.build();
        });
    }

    private static Duration roundUp(long nanos) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return Duration.ofSeconds(seconds);
    }
}
