package io.fundmatch.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings.
 *
 * @param guides        folder or file of guides ingested at start; blank means the bundled samples
 * @param enterprises   registry file imported at start (any import format); blank means the bundled samples
 * @param model         model directory; blank means the model shipped with fundmatch
 * @param feedbackFile  JSON Lines file feedback is appended to when Redis is not used
 * @param nightlyMaxAge nightly results older than this are not served
 * @param cacheSize     entries of the in-process recommendation cache
 * @param cacheBytes    bytes of answers the in-process recommendation cache holds at most
 * @param maxJsonBytes  largest JSON request body accepted
 */
@ConfigurationProperties("fundmatch")
public record FundmatchProperties(
        @DefaultValue("") String guides,
        @DefaultValue("") String enterprises,
        @DefaultValue("") String model,
        @DefaultValue("data/feedback.jsonl") String feedbackFile,
        @DefaultValue("36h") Duration nightlyMaxAge,
        @DefaultValue("20000") int cacheSize,
        @DefaultValue("268435456") long cacheBytes,
        @DefaultValue("1048576") long maxJsonBytes) {}
