package io.fundmatch.service.records;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * One clear line instead of a stack trace when the service cannot start because of its data: the external
 * database is unreachable or refuses the login, the embedded one cannot start, or a start-up file is missing.
 * Spring Boot then exits with a non-zero code.
 */
public class StartFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupImport.StartupFileException e) {
                return new FailureAnalysis(
                        "fundmatch: " + e.getMessage(),
                        "Point fundmatch.guides / fundmatch.enterprises at existing files or folders, or leave them blank.",
                        e);
            }
            if (t instanceof EmbeddedDatabaseConfig.EmbeddedDatabaseException e) {
                return new FailureAnalysis(
                        "fundmatch: " + e.getMessage(),
                        "Is another fundmatch using this data folder? Stop it, or give this one its own "
                                + "--fundmatch.data-dir.",
                        e);
            }
            if (t instanceof SQLException || t instanceof ConnectException) {
                String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
                boolean connection = state.startsWith("08")
                        || state.equals("28P01")
                        || state.equals("3D000")
                        || t instanceof ConnectException
                        || String.valueOf(t.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("connection");
                if (!connection) continue;
                return new FailureAnalysis(
                        "fundmatch: the database is not reachable: " + oneLine(rootMessage(t)),
                        "Start the database or fix spring.datasource.url / username / password; without "
                                + "spring.datasource.url fundmatch starts its embedded PostgreSQL under fundmatch.data-dir.",
                        t);
            }
        }
        return null;
    }

    /** The message of the innermost SQL error (the driver's, naming host and port), else the root cause's. */
    private static String rootMessage(Throwable t) {
        Throwable innermostSql = null;
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException) innermostSql = c;
            root = c;
        }
        Throwable chosen = innermostSql != null && innermostSql.getMessage() != null ? innermostSql : root;
        return String.valueOf(chosen.getMessage());
    }

    private static String oneLine(String s) {
        return s.lines().findFirst().orElse(s);
    }
}
