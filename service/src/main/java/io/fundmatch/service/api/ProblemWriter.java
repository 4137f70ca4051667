package io.fundmatch.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes an RFC 7807 problem from a servlet filter, where no controller advice is in reach. */
public final class ProblemWriter {

    private ProblemWriter() {}

    public static void write(
            ObjectMapper mapper,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detail)
            throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), p);
    }

    /** 429 with {@code Retry-After: seconds}: a limit refused the request until then. */
    public static void tooManyRequests(
            ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response, long seconds, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(mapper, request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }
}
