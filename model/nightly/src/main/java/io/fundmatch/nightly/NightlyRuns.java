package io.fundmatch.nightly;

import io.fundmatch.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Each nightly run in the service's database ({@code nightly_run}): version, counts, stage times and status,
 * next to what is published to Redis. A run that failed is recorded with its reason.
 */
public final class NightlyRuns {

    private NightlyRuns() {}

    public static void recordSuccess(String jdbcUrl, Instant started, Manifest m, String status) throws IOException {
        write(
                jdbcUrl,
                m.version(),
                started,
                status,
                (int) m.areas(),
                m.enterprises(),
                null,
                Json.mapper().writeValueAsString(m.stageMillis()),
                null);
    }

    /** Records a run that failed, under the version its start time gives (as the job names its runs). */
    public static void recordFailure(String jdbcUrl, Instant started, String reason) throws IOException {
        recordFailure(jdbcUrl, NightlyJob.VERSION.format(started), started, reason);
    }

    public static void recordFailure(String jdbcUrl, String version, Instant started, String reason)
            throws IOException {
        write(jdbcUrl, version, started, "failed", null, null, null, null, reason);
    }

    private static void write(
            String jdbcUrl,
            String version,
            Instant started,
            String status,
            Integer areas,
            Long enterprises,
            Long opportunities,
            String stages,
            String detail)
            throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement st =
                        c.prepareStatement("insert into nightly_run (version, started_at, finished_at, status, "
                                + "areas, enterprises, opportunities, stage_millis, detail) values (?, ?, now(), ?, ?, ?, ?, ?::jsonb, ?) "
                                + "on conflict (version) do update set finished_at = now(), status = excluded.status, "
                                + "areas = excluded.areas, enterprises = excluded.enterprises, opportunities = excluded.opportunities, "
                                + "stage_millis = excluded.stage_millis, detail = excluded.detail")) {
            st.setString(1, version);
            st.setTimestamp(2, Timestamp.from(started));
            st.setString(3, status);
            st.setObject(4, areas);
            st.setObject(5, enterprises);
            st.setObject(6, opportunities);
            st.setString(7, stages);
            st.setString(8, detail);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IOException(
                    "cannot record the nightly run in the database (" + DatabaseSnapshot.firstLine(e.getMessage())
                            + ")",
                    e);
        }
    }
}
