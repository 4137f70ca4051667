package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

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

    public record AuditEvent(long id, OffsetDateTime at, String actor, String action, String subject, JsonNode detail) {
    }

    public void record(String actor, String action, String subject, Map<String, ?> detail) {
        String json = JsonColumns.write(detail);
        jdbc.update("insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)",
                actor, action, subject, json);
        log.info("{} {} {} {}", actor, action, subject, json);
    }

    /** The latest events, newest first. */
    public List<AuditEvent> latest(int limit) {
        return jdbc.query("select event_id, at, actor, action, subject, detail::text from audit_event "
                        + "order by event_id desc limit ?",
                (rs, i) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), JsonColumns.tree(rs.getString(6))), limit);
    }

    public long count(String action) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
        return n == null ? 0 : n;
    }
}
