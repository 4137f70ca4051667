package io.fundmatch.service.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.service.api.ProblemWriter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits of the endpoints anyone may call, per client address: {@code POST /api/v1/recommendations}
 * ({@code fundmatch.limits.recommendations-per-minute}) and {@code POST /api/v1/feedback}
 * ({@code fundmatch.limits.feedback-per-minute}). Over the limit: 429 with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final Allowances recommendations;
    private final Allowances feedback;
    private final ObjectMapper mapper;

    public PublicRateLimitFilter(LimitSettings settings, ObjectMapper mapper) {
        this.mapper = mapper;
        Duration window = settings.window();
        this.recommendations = new Allowances(
                List.of(perWindow(settings.recommendationsPerMinute(), window)),
                window.multipliedBy(2),
                settings.trackedClients(),
                TimeMeter.SYSTEM_MILLISECONDS);
        this.feedback = new Allowances(
                List.of(perWindow(settings.feedbackPerMinute(), window)),
                window.multipliedBy(2),
                settings.trackedClients(),
                TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** A steady allowance: {@code n} at once, refilled evenly over the window. */
    private static Bandwidth perWindow(int n, Duration window) {
        return Bandwidth.builder().capacity(n).refillGreedy(n, window).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || allowances(request.getRequestURI()) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = allowances(request.getRequestURI()).take(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = wait.get().toSeconds();
            ProblemWriter.tooManyRequests(
                    mapper,
                    request,
                    response,
                    seconds,
                    "请求过于频繁，请 " + seconds + " 秒后再试 (too many requests from this address; try again in " + seconds
                            + " s)");
            return;
        }
        chain.doFilter(request, response);
    }

    private Allowances allowances(String path) {
        return switch (path) {
            case "/api/v1/recommendations" -> recommendations;
            case "/api/v1/feedback" -> feedback;
            default -> null;
        };
    }
}
