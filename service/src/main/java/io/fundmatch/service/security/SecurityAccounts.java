package io.fundmatch.service.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The two accounts of the service, from {@code fundmatch.security.officer.username/password} and
 * {@code fundmatch.security.admin.username/password}. With {@code requireConfiguredAccounts} (the
 * {@code prod} profile) a missing password stops the start; otherwise one is generated and printed.
 */
@ConfigurationProperties("fundmatch.security")
public record SecurityAccounts(
        @DefaultValue Account officer,
        @DefaultValue Account admin,
        @DefaultValue("false") boolean requireConfiguredAccounts) {

    public record Account(String username, String password) {}
}
