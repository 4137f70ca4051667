package io.fundmatch.nightly;

import io.fundmatch.catalogue.Catalogue;
import io.fundmatch.catalogue.CatalogueFiles;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly job's inputs from the service's database: the active support areas and registry enterprises,
 * read in ONE read-only REPEATABLE READ transaction (one PostgreSQL snapshot) and written as the JSON Lines
 * files the job reads. One snapshot, rather than Spark's partitioned JDBC reads, because partitioned reads run
 * in as many transactions as partitions: an upload or a withdrawal committed between two of them would give
 * the night a registry and a catalogue from different moments. The export streams (a cursor of 1,000 rows),
 * and the files it writes are what a cluster's executors read.
 */
public final class DatabaseSnapshot {

    private static final int FETCH = 1_000;

    private DatabaseSnapshot() {}

    /**
     * What was exported.
     *
     * @param snapshot the PostgreSQL snapshot the rows were read in ({@code pg_current_snapshot()})
     */
    public record Export(Path catalogue, Path registry, int areas, long enterprises, String snapshot) {}

    /** The JDBC URL of the embedded PostgreSQL a running service keeps in {@code <data-dir>/postgres}. */
    public static String embeddedUrl(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            throw new IllegalArgumentException("no running fundmatch database in " + dataDir.toAbsolutePath()
                    + " (start the service, or give --db jdbc:postgresql://...)");
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4) throw new IllegalArgumentException(pid + ": not a PostgreSQL pid file");
        return "jdbc:postgresql://127.0.0.1:" + lines.get(3).strip() + "/postgres?user=postgres";
    }

    public static Export export(String jdbcUrl, Path dir) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            return export(c, dir);
        } catch (SQLException e) {
            throw new IOException("cannot read the fundmatch database (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    static Export export(Connection c, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        Path catalogue = dir.resolve("catalogue.jsonl");
        Path registry = dir.resolve("registry.jsonl");
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(FETCH);
            String snapshot;
            try (ResultSet rs = st.executeQuery("select pg_current_snapshot()::text")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<SupportArea> areas = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select a.area::text from support_area a join guide_version v "
                    + "on v.version_id = a.version_id where v.status = 'ACTIVE' order by v.version_id, a.position")) {
                while (rs.next()) areas.add(Json.mapper().readValue(rs.getString(1), SupportArea.class));
            }
            long enterprises = 0;
            try (BufferedWriter w = Files.newBufferedWriter(registry, StandardCharsets.UTF_8);
                    ResultSet rs = st.executeQuery(
                            "select profile::text from enterprise where status = 'ACTIVE' order by seq")) {
                while (rs.next()) {
                    w.write(rs.getString(1));
                    w.write('\n');
                    enterprises++;
                }
            }
            c.commit();
            // draft -> final links as the service computes them, so superseded drafts are left out the same way
            CatalogueFiles.write(catalogue, Catalogue.ofAreas(areas));
            return new Export(catalogue, registry, areas.size(), enterprises, snapshot);
        } finally {
            if (!c.getAutoCommit()) c.rollback();
        }
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }
}
