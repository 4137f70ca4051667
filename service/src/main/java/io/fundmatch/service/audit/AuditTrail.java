package io.fundmatch.service.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who did what, when and from where: logins refused, uploads accepted and refused, exports. Each action is
 * one line on the {@code fundmatch.audit} logger (route it to its own file with the logging configuration).
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("fundmatch.audit");

    /** Records one action; {@code actor} is the account name or "anonymous". */
    public void record(String actor, String address, String action, String outcome, String detail) {
        log.info("actor={} address={} action={} outcome={} detail={}", safe(actor), safe(address), action, outcome,
                safe(detail));
    }

    /** Keeps log lines one line each: control characters (CR, LF, tabs) in caller-given text are replaced. */
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
