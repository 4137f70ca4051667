package io.fundmatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.generate.Distributions;
import io.fundmatch.generate.SyntheticData;
import io.fundmatch.json.Json;
import io.fundmatch.profile.EnterpriseProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job on the service's database (a real PostgreSQL with the service's own migrations): it reads
 * the active documents' areas and the active enterprises from one snapshot, so a document stored after the
 * last run is in the night's results and a withdrawn one is not, and each run is recorded in the database.
 */
class NightlyFromDatabaseTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path tmp;

    static EmbeddedPostgres pg;
    static SparkSession spark;
    static String url;

    @BeforeAll
    static void setUp() throws Exception {
        Path migrations = migrations();
        Assumptions.assumeTrue(migrations != null, "the service's migrations are not in this checkout");
        pg = EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .start();
        url = pg.getJdbcUrl("postgres", "postgres");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                Stream<Path> files = Files.list(migrations)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .toList()) {
                st.execute(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        spark = TestSpark.local("nightly-db-test");
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (spark != null) spark.stop();
        if (pg != null) pg.close();
    }

    /** The service's Flyway migrations, found from this module up (the modules may be nested). */
    static Path migrations() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path m = p.resolve("service/src/main/resources/db/migration");
            if (Files.isDirectory(m)) return m;
        }
        return null;
    }

    @Test
    void aDocumentStoredAfterTheLastRunIsInTheNightsResultsAndAWithdrawnOneIsNot() throws Exception {
        SyntheticData data = new SyntheticData(Distributions.load(), 5, 2, DAY);
        Path reg = tmp.resolve("synthetic-registry.jsonl");
        Path cat = tmp.resolve("synthetic-catalogue.jsonl");
        data.writeRegistry(reg, 120);
        data.writeCatalogue(cat, 40);
        List<EnterpriseProfile> profiles = NightlyJobTest.read(reg, EnterpriseProfile.class);
        Map<String, List<SupportArea>> documents = new LinkedHashMap<>();
        List<SupportArea> synthetic = NightlyJobTest.read(cat, SupportArea.class);
        for (int i = 0; i < synthetic.size(); i++) { // three documents, whatever the generator grouped
            SupportArea a = synthetic.get(i);
            GuideDocument d = a.document();
            String id = "doc-synthetic-" + (i % 3);
            GuideDocument doc = new GuideDocument(
                    id, d.title() + " " + (i % 3), id + ".txt", d.region(), d.year(), d.type(), false, null, null);
            documents.computeIfAbsent(id, k -> new ArrayList<>()).add(a.withDocument(doc, false));
        }
        List<String> ids = new ArrayList<>(documents.keySet());
        String uploadedToday = ids.get(0);
        String withdrawn = ids.get(1);

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            for (String id : ids.subList(1, ids.size())) storeDocument(c, id, documents.get(id));
            storeEnterprises(c, profiles);
            NightlyJob.Result before = runFromDatabase(tmp.resolve("run1"));
            assertFalse(areasIn(before).stream().anyMatch(documentAreas(documents, uploadedToday)::contains));

            storeDocument(c, uploadedToday, documents.get(uploadedToday));
            try (Statement st = c.createStatement()) {
                st.executeUpdate(
                        "update guide_version set status = 'WITHDRAWN' where document_id = '" + withdrawn + "'");
            }
        }
        NightlyJob.Result after = runFromDatabase(tmp.resolve("run2"));
        Set<String> areas = areasIn(after);
        assertTrue(
                areas.stream().anyMatch(documentAreas(documents, uploadedToday)::contains),
                "the document stored during the day is in the night's results");
        assertFalse(
                areas.stream().anyMatch(documentAreas(documents, withdrawn)::contains),
                "the withdrawn document is not");
        assertEquals(profiles.size(), after.manifest().enterprises());

        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version, status, enterprises, areas, stage_millis::text "
                        + "from nightly_run order by started_at")) {
            List<String> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(rs.getString(2) + "|" + rs.getLong(3));
                assertTrue(rs.getString(5).contains("score"), rs.getString(5));
            }
            assertEquals(List.of("ok|" + profiles.size(), "ok|" + profiles.size()), runs);
        }
    }

    private static NightlyJob.Result runFromDatabase(Path out) throws IOException {
        DatabaseSnapshot.Export in = DatabaseSnapshot.export(url, out.resolve("inputs"));
        NightlyOptions o = new NightlyOptions(
                in.registry().toString(),
                in.catalogue().toString(),
                null,
                out.toString(),
                null,
                5,
                10,
                false,
                false,
                DAY,
                "local[2]",
                2,
                null);
        Instant started = Instant.now();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        NightlyJob.Result r;
        try (PrintStream ps = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            r = new NightlyJob(o, ps).run();
        }
        NightlyRuns.recordSuccess(url, started, r.manifest(), "ok");
        return r;
    }

    private static Set<String> areasIn(NightlyJob.Result r) {
        return spark.read().parquet(r.folder() + "/enterprise-top").collectAsList().stream()
                .map(row -> (String) row.getAs("area_id"))
                .collect(Collectors.toSet());
    }

    private static Set<String> documentAreas(Map<String, List<SupportArea>> documents, String id) {
        return documents.get(id).stream().map(SupportArea::id).collect(Collectors.toSet());
    }

    private static void storeDocument(Connection c, String id, List<SupportArea> areas) throws Exception {
        long version;
        try (PreparedStatement st = c.prepareStatement(
                "insert into guide_version (document_id, title, file_name, content, "
                        + "content_sha256, report, uploaded_by) values (?, ?, ?, ?, ?, '{}'::jsonb, 'test') returning version_id")) {
            st.setString(1, id);
            st.setString(2, areas.get(0).document().title());
            st.setString(3, id + ".txt");
            st.setBytes(4, id.getBytes(StandardCharsets.UTF_8));
            st.setString(5, "sha-" + id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                version = rs.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "insert into support_area (version_id, area_id, position, area) values (?, ?, ?, ?::jsonb)")) {
            for (int i = 0; i < areas.size(); i++) {
                st.setLong(1, version);
                st.setString(2, areas.get(i).id());
                st.setInt(3, i);
                st.setString(4, Json.mapper().writeValueAsString(areas.get(i)));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void storeEnterprises(Connection c, List<EnterpriseProfile> profiles) throws Exception {
        try (PreparedStatement st = c.prepareStatement(
                "insert into enterprise (enterprise_id, profile, updated_by) values (?, ?::jsonb, 'test')")) {
            for (EnterpriseProfile p : profiles) {
                st.setString(1, p.id());
                st.setString(2, Json.mapper().writeValueAsString(p));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
