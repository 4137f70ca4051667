package io.fundmatch.service.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.service.api.ProblemWriter;
import io.fundmatch.service.api.StatusWatchingResponse;
import io.fundmatch.service.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before HTTP Basic authentication: a request carrying credentials for a locked account, or from a
 * locked address, is answered 429 with {@code Retry-After} without its password being looked at; a request
 * whose credentials are refused (401) counts as one failed login and is audited, before the refusal is sent.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginLockout lockout;
    private final ObjectMapper mapper;

    public LoginThrottleFilter(LoginThrottle throttle, AuditTrail audit, ObjectMapper mapper) {
        this.lockout = new LoginLockout(throttle, audit);
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        OptionalLong locked = lockout.lockedSeconds(account.get(), address);
        if (locked.isPresent()) {
            long seconds = locked.getAsLong();
            ProblemWriter.tooManyRequests(mapper, request, response, seconds, LoginLockout.message(seconds));
            return;
        }
        String user = account.get();
        java.util.function.IntConsumer failed = status ->
                lockout.failed(user, address, "basic: " + request.getMethod() + " " + request.getRequestURI());
        // counted when 401 is set, before the refusal reaches the client: its next guess finds it counted
        chain.doFilter(
                request,
                new StatusWatchingResponse(response, status -> status == HttpServletResponse.SC_UNAUTHORIZED, failed));
    }

    /** The user name of an HTTP Basic {@code Authorization} header, if the header is one. */
    static Optional<String> basicUser(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
