package io.fundmatch.service.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.redis.RedisStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class RecommendationCacheTest {

    private static RecommendationCache cache(int entries, long bytes) {
        FundmatchProperties p =
                new FundmatchProperties("", "", "", "feedback.jsonl", Duration.ofHours(36), entries, bytes, 1 << 20);
        return new RecommendationCache(
                new StaticListableBeanFactory().getBeanProvider(RedisStore.class), new ObjectMapper(), p);
    }

    @Test
    void largeAnswersAreEvictedByBytes() {
        RecommendationCache c = cache(1000, 1 << 20); // 1 MiB of answers
        byte[] answer = new byte[300 * 1024];
        c.put("a", answer);
        c.put("b", answer);
        c.put("c", answer);
        assertThat(c.localUsage()).isEqualTo(new RecommendationCache.Usage(3, 3 * 300 * 1024L));
        assertThat(c.get("a")).isPresent();
        c.put("d", answer); // 1.2 MiB: one answer has to go (Caffeine's policy picks which)
        assertThat(c.localUsage()).isEqualTo(new RecommendationCache.Usage(3, 3 * 300 * 1024L));
        long kept = java.util.stream.Stream.of("a", "b", "c", "d")
                .filter(k -> c.get(k).isPresent())
                .count();
        assertThat(kept).isEqualTo(3);
    }

    @Test
    void entriesAreBoundedTooAndReplacingAnAnswerCountsItsNewSize() {
        RecommendationCache c = cache(16, 1 << 30);
        for (int i = 0; i < 40; i++) c.put("k" + i, new byte[10]);
        assertThat(c.localUsage()).isEqualTo(new RecommendationCache.Usage(16, 160));
        String present = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "k" + i)
                .filter(k -> c.get(k).isPresent())
                .findFirst()
                .orElseThrow();
        c.put(present, new byte[100]);
        assertThat(c.localUsage()).isEqualTo(new RecommendationCache.Usage(16, 250));
    }

    @Test
    void aNewModelOrCatalogueVersionEmptiesTheCache() {
        RecommendationCache c = cache(100, 1 << 30);
        c.versions("m1", "c1");
        c.put("x", new byte[5]);
        c.versions("m1", "c2");
        assertThat(c.get("x")).isEmpty();
        assertThat(c.localUsage()).isEqualTo(new RecommendationCache.Usage(0, 0));
    }
}
