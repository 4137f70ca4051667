package io.fundmatch.service.api;

import io.fundmatch.service.records.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.Map;

/**
 * Officer exports (CSV of ranked enterprises) in the audit log. An export is a read served from memory, so
 * it is not refused while the database is away; the event then goes to the log only.
 */
@Component
class ExportAudit {

    private static final Logger log = LoggerFactory.getLogger("fundmatch.audit");

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    void recorded(Principal who, String areaId, int rows) {
        String actor = who == null ? "anonymous" : who.getName();
        try {
            audit.record(actor, "officer.export", areaId, Map.of("rows", rows, "format", "csv"));
        } catch (DataAccessException e) {
            log.warn("{} officer.export {} rows={} (database unavailable: not in the audit table)", actor, areaId, rows);
        }
    }
}
