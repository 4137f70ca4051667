package io.fundmatch.service.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Audits the actions an administrator or officer answers for: guide and registry uploads (accepted, or
 * refused with the reason the caller was given) and officer exports (an area's ranked enterprises as CSV).
 */
@Configuration
public class AuditInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** Request attribute holding the one-line reason of a refused request (set where the problem is written). */
    public static final String REFUSAL = "fundmatch.refusal";

    private final AuditTrail audit;

    public AuditInterceptor(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/guides", "/api/v1/enterprises", "/api/v1/areas/*/enterprises");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String action = action(request);
        if (action == null) return;
        int status = response.getStatus();
        boolean ok = status < 400 && ex == null;
        Object reason = request.getAttribute(REFUSAL);
        String detail = request.getRequestURI() + (ok ? "" : " status " + status + (reason == null ? "" : ": " + reason));
        audit.record(actor(), request.getRemoteAddr(), action, ok ? "accepted" : "refused", detail);
    }

    private static String action(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("POST".equals(request.getMethod())) {
            if (path.equals("/api/v1/guides")) return "upload-guide";
            if (path.equals("/api/v1/enterprises")) return "upload-registry";
            return null;
        }
        if ("GET".equals(request.getMethod()) && path.endsWith("/enterprises") && isCsv(request)) return "export-csv";
        return null;
    }

    private static boolean isCsv(HttpServletRequest request) {
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }
}
