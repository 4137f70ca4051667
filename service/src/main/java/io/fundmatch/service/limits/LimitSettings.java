package io.fundmatch.service.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits against abuse, from {@code fundmatch.limits.*}.
 *
 * @param loginFailuresPerMinute  wrong passwords an account or a client address may give in a minute
 * @param loginFailuresPerHour    wrong passwords in an hour: the longer back-off once the minute's allowance is spent again and again
 * @param recommendationsPerMinute anonymous {@code POST /api/v1/recommendations} per client address and minute
 * @param feedbackPerMinute       {@code POST /api/v1/feedback} per client address and minute
 * @param window                  length of the short window (one minute; shorter only in tests)
 * @param trackedClients          client addresses and accounts remembered at most (least recently seen are forgotten)
 * @param maxFeedbackBytes        largest feedback request body accepted (an event is an id or a short profile)
 * @param maxFeedbackEvents       feedback events kept at most; beyond it new feedback is refused (507), never dropped
 */
@ConfigurationProperties("fundmatch.limits")
public record LimitSettings(
        @DefaultValue("5") int loginFailuresPerMinute,
        @DefaultValue("20") int loginFailuresPerHour,
        @DefaultValue("600") int recommendationsPerMinute,
        @DefaultValue("30") int feedbackPerMinute,
        @DefaultValue("1m") Duration window,
        @DefaultValue("100000") int trackedClients,
        @DefaultValue("16384") long maxFeedbackBytes,
        @DefaultValue("1000000") long maxFeedbackEvents) {

    public LimitSettings {
        if (loginFailuresPerMinute < 1 || loginFailuresPerHour < loginFailuresPerMinute) {
            throw new IllegalArgumentException("fundmatch.limits.login-failures-per-minute must be ≥ 1 and "
                    + "login-failures-per-hour ≥ login-failures-per-minute");
        }
        if (recommendationsPerMinute < 1 || feedbackPerMinute < 1) {
            throw new IllegalArgumentException(
                    "fundmatch.limits.recommendations-per-minute and feedback-per-minute must be ≥ 1");
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("fundmatch.limits.window must be positive");
        }
        if (trackedClients < 1) throw new IllegalArgumentException("fundmatch.limits.tracked-clients must be ≥ 1");
        if (maxFeedbackBytes < 256 || maxFeedbackEvents < 1) {
            throw new IllegalArgumentException(
                    "fundmatch.limits.max-feedback-bytes must be ≥ 256 and max-feedback-events ≥ 1");
        }
    }
}
