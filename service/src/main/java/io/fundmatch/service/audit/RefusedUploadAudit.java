package io.fundmatch.service.audit;

import io.fundmatch.service.api.StatusWatchingResponse;
import io.fundmatch.service.records.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits uploads refused at the door — wrong type, empty, too large, not a form — which never reach the system
 * of record (whose writes audit themselves). The event is written when the refusal's status is set, before
 * the answer reaches the caller, with the one-line reason the caller is given.
 */
@Component
public class RefusedUploadAudit extends OncePerRequestFilter {

    /** Request attribute holding the one-line reason of a refused request (set where the problem is written). */
    public static final String REFUSAL = "fundmatch.refusal";

    private final AuditTrail audit;

    public RefusedUploadAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return action(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // sign-in refusals (401, 403) are audited as such; here only refusals of the upload itself
        chain.doFilter(
                request,
                new StatusWatchingResponse(
                        response, status -> status >= 400 && status != 401 && status != 403, status -> {
                            if (request.getAttribute(AuditLog.AUDITED) != null)
                                return; // the handler's own write audited it
                            Object reason = request.getAttribute(REFUSAL);
                            audit.record(
                                    actor(),
                                    request.getRemoteAddr(),
                                    action(request),
                                    request.getRequestURI(),
                                    "status " + status + (reason == null ? "" : ": " + reason));
                        }));
    }

    private static String action(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) return null;
        return switch (request.getRequestURI()) {
            case "/api/v1/guides" -> "document.upload.refused";
            case "/api/v1/enterprises" -> "registry.upload.refused";
            default -> null;
        };
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }
}
