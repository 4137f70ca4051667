package io.fundmatch.service.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Redis, used only when {@code spring.data.redis.url} is set (Lettuce); health then shows it as "redis". */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.data.redis.url")
public class RedisConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** Fail fast while Redis is away instead of queueing commands until it returns. */
    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhenRedisIsAway() {
        return builder -> builder.commandTimeout(TIMEOUT)
                .clientOptions(ClientOptions.builder()
                        .autoReconnect(true)
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(
                                SocketOptions.builder().connectTimeout(TIMEOUT).build())
                        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                        .build());
    }

    @Bean
    RedisStore redisStore(StringRedisTemplate redis) {
        return new RedisStore(redis);
    }

    @Bean
    HealthIndicator redisHealthIndicator(RedisStore store) {
        return () -> {
            try {
                return Health.up().withDetail("ping", store.ping()).build();
            } catch (RuntimeException e) {
                return Health.down()
                        .withDetail("error", "Redis unreachable; serving from the in-process cache")
                        .build();
            }
        };
    }
}
