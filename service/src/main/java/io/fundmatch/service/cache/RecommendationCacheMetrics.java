package io.fundmatch.service.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.stereotype.Component;

/**
 * Binds the in-process recommendation cache's statistics (hits, misses, evictions, evicted weight, size) to
 * Micrometer, so Actuator ({@code /actuator/metrics/cache.gets?tag=cache:recommendations}) and Prometheus show them.
 */
@Component
public class RecommendationCacheMetrics {

    public static final String NAME = "recommendations";

    public RecommendationCacheMetrics(RecommendationCache cache, MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache.inProcess(), NAME);
    }
}
