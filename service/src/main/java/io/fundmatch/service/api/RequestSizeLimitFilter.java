package io.fundmatch.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.service.FundmatchProperties;
import io.fundmatch.service.limits.LimitSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps non-multipart request bodies (JSON) at {@code fundmatch.max-json-bytes} (feedback at
 * {@code fundmatch.limits.max-feedback-bytes}): a declared length above the
 * cap is refused at once with 413; an undeclared (chunked) body is cut off while it is read. Multipart
 * uploads have their own limits ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long jsonLimit;
    private final long feedbackLimit;
    private final ObjectMapper mapper;

    public RequestSizeLimitFilter(FundmatchProperties properties, LimitSettings limits, ObjectMapper mapper) {
        this.jsonLimit = properties.maxJsonBytes();
        this.feedbackLimit = Math.min(limits.maxFeedbackBytes(), properties.maxJsonBytes());
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long limit = "/api/v1/feedback".equals(request.getRequestURI()) ? feedbackLimit : jsonLimit;
        if (request.getContentLengthLong() > limit) {
            ProblemWriter.write(
                    mapper,
                    request,
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "请求体过大：上限 " + limit + " 字节 (request body larger than " + limit + " bytes)");
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) throw new BodyTooLargeException(limit);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > limit) throw new BodyTooLargeException(limit);
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
