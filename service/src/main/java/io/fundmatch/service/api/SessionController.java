package io.fundmatch.service.api;

import io.fundmatch.service.audit.AuditTrail;
import io.fundmatch.service.limits.LoginLockout;
import io.fundmatch.service.limits.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web page's sign-in: a session cookie (HttpOnly, SameSite) instead of credentials kept in the browser;
 * state-changing calls in the session carry the CSRF token. Failed sign-ins are throttled like Basic ones.
 * Scripts keep using HTTP Basic.
 */
@RestController
@Tag(name = "account")
public class SessionController {

    private final AuthenticationManager authentication;
    private final LoginLockout lockout;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public SessionController(AuthenticationManager authentication, LoginThrottle throttle, AuditTrail audit) {
        this.authentication = authentication;
        this.lockout = new LoginLockout(throttle, audit);
        this.audit = audit;
    }

    public record Credentials(String username, String password) {}

    @Operation(summary = "Sign in (the web page): answers the account and sets the session cookie")
    @PostMapping(
            path = "/api/v1/session",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> signIn(
            @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        String user = credentials == null || credentials.username() == null
                ? ""
                : credentials.username().strip();
        String password = credentials == null || credentials.password() == null ? "" : credentials.password();
        String address = request.getRemoteAddr();
        OptionalLong locked = lockout.lockedSeconds(user, address);
        if (locked.isPresent()) {
            long seconds = locked.getAsLong();
            return problem(HttpStatus.TOO_MANY_REQUESTS, LoginLockout.message(seconds), request)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .build();
        }
        Authentication auth;
        try {
            auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
        } catch (AuthenticationException e) {
            lockout.failed(user, address, "web sign-in");
            return problem(HttpStatus.UNAUTHORIZED, "账号或密码错误 (wrong user name or password)", request)
                    .build();
        }
        if (request.getSession(false) != null) request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record(auth.getName(), address, "login.succeeded", auth.getName(), "web sign-in");
        return ResponseEntity.ok(AccountController.Me.of(auth));
    }

    @Operation(summary = "Sign out (the web page)")
    @DeleteMapping("/api/v1/session")
    public ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null)
            audit.record(auth.getName(), request.getRemoteAddr(), "logout", auth.getName(), "web sign-out");
        new SecurityContextLogoutHandler().logout(request, response, auth);
        return ResponseEntity.noContent().build();
    }

    /** A problem answer whose body is filled in here and whose headers the caller may add to. */
    private static ProblemResponse problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setInstance(URI.create(request.getRequestURI()));
        return new ProblemResponse(ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON), p);
    }

    private record ProblemResponse(ResponseEntity.BodyBuilder builder, ProblemDetail body) {
        ProblemResponse header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        ResponseEntity<ProblemDetail> build() {
            return builder.body(body);
        }
    }
}
