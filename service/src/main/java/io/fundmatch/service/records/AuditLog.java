package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log ({@code audit_event}): uploads, replacements, withdrawals, officer exports and
 * account changes, with who, when and what. Written in the same transaction as the change it records, and
 * to the log.
 */
@Repository
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("fundmatch.audit");

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record AuditEvent(
            long id, OffsetDateTime at, String actor, String action, String subject, JsonNode detail) {}

    /** Request attribute set once an action of the request is in the audit log (so it is not audited twice). */
    public static final String AUDITED = "fundmatch.audited";

    /**
     * Appends one event. When called while serving a request, the client address is added to the detail
     * ({@code address}) and the request is marked {@link #AUDITED}.
     */
    public void record(String actor, String action, String subject, Map<String, ?> detail) {
        Map<String, Object> full = new LinkedHashMap<>(detail);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            full.putIfAbsent("address", request.getRequest().getRemoteAddr());
            request.getRequest().setAttribute(AUDITED, Boolean.TRUE);
        }
        String json = JsonColumns.write(full);
        jdbc.update(
                "insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)",
                actor,
                action,
                subject,
                json);
        log.info("{} {} {} {}", actor, action, subject, json);
    }

    /** The latest events, newest first. */
    public List<AuditEvent> latest(int limit) {
        return jdbc.query(
                "select event_id, at, actor, action, subject, detail::text from audit_event "
                        + "order by event_id desc limit ?",
                (rs, i) -> new AuditEvent(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        JsonColumns.tree(rs.getString(6))),
                limit);
    }

    public long count(String action) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
        return n == null ? 0 : n;
    }
}
