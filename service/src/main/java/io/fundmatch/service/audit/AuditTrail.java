package io.fundmatch.service.audit;

import io.fundmatch.service.records.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Actions that happen outside any write of the system of record — sign-ins refused, throttled or made,
 * uploads refused at the door, officer exports (a read served from memory, so never refused) — written to the audit log with who, from where and
 * what. While the database is away the event still reaches the log file, and the request is not failed.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("fundmatch.audit");

    private final AuditLog audit;

    public AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /** Records one action; {@code actor} is the account name (as given, for failed sign-ins) or "anonymous". */
    public void record(String actor, String address, String action, String subject, String detail) {
        record(
                actor,
                address,
                action,
                subject,
                detail == null || detail.isBlank() ? Map.of() : Map.of("detail", safe(detail)));
    }

    /** Records one action with structured details (numbers, formats) beside the client address. */
    public void record(String actor, String address, String action, String subject, Map<String, ?> details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("address", safe(address));
        fields.putAll(details);
        try {
            audit.record(safe(actor), action, safe(subject), fields);
        } catch (DataAccessException e) {
            log.warn(
                    "{} {} {} {} (not in the audit table: database unavailable)",
                    safe(actor),
                    action,
                    safe(subject),
                    fields);
        }
    }

    /** Keeps caller-given text one short line: control characters (CR, LF, tabs) are replaced, length bounded. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) return "-";
        StringBuilder b = new StringBuilder(Math.min(text.length(), 300));
        for (int i = 0; i < text.length() && b.length() < 300; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }
}
