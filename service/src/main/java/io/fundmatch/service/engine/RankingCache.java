package io.fundmatch.service.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fundmatch.match.EnterpriseMatch;
import io.fundmatch.match.MatchOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Registry rankings of areas, kept per area, options, catalogue version and registry version (so a change to
 * either is never served stale); concurrent requests for the same ranking share one computation: ranking a
 * large registry is the most expensive thing the service does. A failed computation is not kept.
 */
final class RankingCache {

    private final Cache<String, CompletableFuture<List<EnterpriseMatch>>> rankings;

    RankingCache(int kept) {
        this.rankings = Caffeine.newBuilder().maximumSize(kept).build();
    }

    List<EnterpriseMatch> get(
            String areaId,
            MatchOptions options,
            String catalogueVersion,
            long registryVersion,
            Supplier<List<EnterpriseMatch>> compute) {
        String key = areaId + "|" + options.top() + "|" + options.includeIneligible() + "|" + options.today() + "|"
                + catalogueVersion + "|" + registryVersion;
        CompletableFuture<List<EnterpriseMatch>> mine = new CompletableFuture<>();
        CompletableFuture<List<EnterpriseMatch>> known = rankings.asMap().putIfAbsent(key, mine);
        if (known != null) return known.join();
        try {
            mine.complete(List.copyOf(compute.get()));
        } catch (RuntimeException e) {
            rankings.invalidate(key);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }
}
