package io.fundmatch.service.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error answer is an RFC 7807 problem with one clear line in {@code detail}; nothing internal
 * (stack traces, class names) reaches the caller.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        return problem(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null
                ? "another type"
                : e.getRequiredType().getSimpleName();
        return problem(
                HttpStatus.BAD_REQUEST,
                "参数 " + e.getName() + " 的值无效 (parameter '" + e.getName() + "' must be " + article(expected) + ")",
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "上传文件过大 (the upload is larger than the limit of spring.servlet.multipart.max-file-size)");
        return handleExceptionInternal(ex, p, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST, "上传格式错误 (expected a multipart/form-data upload with a 'file' part)", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误 (internal error; the request was not completed)", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus code = HttpStatus.BAD_REQUEST;
        String detail = "请求体不是有效的 JSON (the request body is not valid JSON)";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException big) {
                code = HttpStatus.PAYLOAD_TOO_LARGE;
                detail = "请求体过大 (" + big.getMessage() + ")";
                break;
            }
            if (t instanceof UnrecognizedPropertyException u) {
                detail = "未知字段 '" + path(u) + "' (unknown field '" + path(u) + "'; known fields: "
                        + u.getKnownPropertyIds().stream()
                                .map(String::valueOf)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + ")";
                break;
            }
            if (t instanceof InvalidFormatException f) {
                detail = "字段 '" + path(f) + "' 类型错误 (field '" + path(f) + "' must be "
                        + article(f.getTargetType().getSimpleName()) + ", got " + quote(f.getValue()) + ")";
                break;
            }
            if (t instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                detail = "字段 '" + path(m) + "' 类型错误 (field '" + path(m) + "' must be "
                        + article(
                                m.getTargetType() == null
                                        ? "another type"
                                        : m.getTargetType().getSimpleName()) + ")";
                break;
            }
            if (t instanceof JsonParseException p) {
                detail = "JSON 格式错误，第 " + p.getLocation().getLineNr() + " 行第 "
                        + p.getLocation().getColumnNr()
                        + " 列 (malformed JSON at line " + p.getLocation().getLineNr() + ", column "
                        + p.getLocation().getColumnNr() + ")";
                break;
            }
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            detail = "缺少请求体 (a JSON request body is required)";
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(code, detail);
        return handleExceptionInternal(ex, p, headers, code, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) log.error("Error answering a request", ex);
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        request.setAttribute(io.fundmatch.service.audit.RefusedUploadAudit.REFUSAL, detail);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(root)" : sb.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double", "float", "Float" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            case "List" -> "a list";
            default -> "a " + type;
        };
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        return '"' + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + '"';
    }
}
