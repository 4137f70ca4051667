package io.fundmatch.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.build.SuppressForbidden;
import io.fundmatch.service.api.ProblemWriter;
import io.fundmatch.service.audit.AuditTrail;
import io.fundmatch.service.limits.LoginThrottle;
import io.fundmatch.service.limits.LoginThrottleFilter;
import io.fundmatch.service.records.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what: the SME recommendation, the catalogue and feedback are public; registry rankings,
 * enterprise data, CSV export and the feedback listing need OFFICER; uploads need ADMIN (who is also an
 * officer). Scripts use HTTP Basic on every call; the web page signs in once ({@code /api/v1/session}) and
 * then uses a session cookie, with CSRF tokens on its state-changing calls. Failed logins are throttled ({@link LoginThrottle}). Health details and
 * metrics need ADMIN; anyone sees only UP or DOWN. 401 and 403 answers are problem details that carry no data.
 */
@Configuration
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectMapper mapper,
            LoginThrottle throttle,
            AuditTrail audit,
            AuthenticationManager authentication)
            throws Exception {
        // HTTP Basic checks passwords as the web sign-in does, with the verified credentials kept (CachedPasswordCheck)
        http.authenticationManager(authentication);
        http.csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // scripts authenticate each call with HTTP Basic; the public calls and the sign-in carry no
                        // session
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null)
                        .ignoringRequestMatchers("/api/v1/recommendations", "/api/v1/feedback", "/api/v1/session"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, audit, mapper), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'")))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/guides", "/api/v1/enterprises")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/areas/*/enterprises")
                        .hasRole("OFFICER")
                        .requestMatchers("/api/v1/enterprises/**")
                        .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/feedback")
                        .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me")
                        .authenticated()
                        .requestMatchers("/api/v1/session")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/recommendations", "/api/v1/feedback")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/areas", "/api/v1/areas/*", "/api/v1/health")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .denyAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/error")
                        .denyAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        problem(mapper, req, res, HttpStatus.UNAUTHORIZED, "需要登录 (authentication required)")))
                .exceptionHandling(x -> x.authenticationEntryPoint((req, res, e) ->
                                problem(mapper, req, res, HttpStatus.UNAUTHORIZED, "需要登录 (authentication required)"))
                        .accessDeniedHandler((req, res, e) -> problem(
                                mapper, req, res, HttpStatus.FORBIDDEN, "无权访问 (this account may not do this)")));
        return http.build();
    }

    /** Writes a bare problem; the Basic challenge is left out for the web page's own login (X-Requested-With). */
    private static void problem(
            ObjectMapper mapper, HttpServletRequest req, HttpServletResponse res, HttpStatus status, String detail)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED && req.getHeader("X-Requested-With") == null) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"fundmatch\", charset=\"UTF-8\"");
        }
        ProblemWriter.write(mapper, req, res, status, detail);
    }

    /**
     * No observation per security filter: they cost more than the filters themselves on the public endpoints.
     * Requests are still observed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Checks a user name and password against the accounts (the web page's sign-in; Basic uses the same). */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts, PasswordEncoder encoder, VerifiedCredentials verified) {
        DaoAuthenticationProvider provider = new CachedPasswordCheck(accounts, encoder, verified);
        return new ProviderManager(provider);
    }

    /** Basic credentials verified lately (no bcrypt check on every request of a polling script); see security.md. */
    @Bean
    VerifiedCredentials verifiedCredentials(MeterRegistry registry) {
        VerifiedCredentials verified = new VerifiedCredentials();
        CaffeineCacheMetrics.monitor(registry, verified.cache(), "verified-credentials");
        return verified;
    }

    /** bcrypt for new hashes; stored hashes carry their algorithm ({bcrypt}...), so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Accounts live in the database; the configured officer and admin are created or updated at start. */
    @Bean
    AccountRecords accounts(
            SecurityAccounts accounts,
            PasswordEncoder encoder,
            JdbcTemplate jdbc,
            AuditLog audit,
            TransactionTemplate tx,
            VerifiedCredentials verified) {
        AccountRecords records = new AccountRecords(jdbc, encoder, audit, tx, verified);
        ensureConfigured(accounts, records);
        records.keepAll();
        return records;
    }

    static void ensureConfigured(SecurityAccounts accounts, AccountRecords records) {
        String officerName = orDefault(accounts.officer().username(), "officer");
        String adminName = orDefault(accounts.admin().username(), "admin");
        ensure(
                records,
                "officer",
                officerName,
                accounts.officer().password(),
                List.of("OFFICER"),
                accounts.requireConfiguredAccounts());
        ensure(
                records,
                "admin",
                adminName,
                accounts.admin().password(),
                List.of("ADMIN", "OFFICER"),
                accounts.requireConfiguredAccounts());
    }

    /**
     * A configured password is (re)applied at every start. Without one, a password is generated and printed
     * once, when the account is first created; later starts keep the stored account as it is.
     */
    private static void ensure(
            AccountRecords records,
            String which,
            String name,
            String configured,
            List<String> roles,
            boolean required) {
        boolean given = configured != null && !configured.isBlank();
        if (!given && !required && records.account(name).isPresent()) return;
        records.ensure(name, password(which, configured, required), roles, AccountRecords.ALL);
    }

    // a generated password goes to the operator's console only, never into the log files (which are kept and shipped)
    @SuppressForbidden
    private static String password(String account, String configured, boolean required) {
        if (configured != null && !configured.isBlank()) return configured;
        if (required) {
            throw new IllegalStateException("fundmatch.security." + account + ".password is not set; the prod profile "
                    + "needs both fundmatch.security.officer.password and fundmatch.security.admin.password");
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String line = "fundmatch: generated password for account '" + account + "': " + generated
                + "  (set fundmatch.security." + account + ".password to choose one)";
        System.out.println(line);
        log.info("Generated a password for the {} account (printed on the console)", account);
        return generated;
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s.strip();
    }
}
