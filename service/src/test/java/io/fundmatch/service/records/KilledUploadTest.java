package io.fundmatch.service.records;

import static io.fundmatch.service.records.RunningService.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.service.FundmatchServiceApplication;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A service killed with SIGKILL while it stores a registry upload leaves none of it: after a restart on the same
 * data folder (which also stops the PostgreSQL server the killed service left running) the registry holds
 * none of the file's enterprises, and uploading the file again brings all of them.
 */
class KilledUploadTest {

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern DB_PORT = Pattern.compile("Embedded PostgreSQL \\w+ in .* on port (\\d+)");
    private static final int ROWS = 3_000;

    @Test
    void aServiceKilledDuringARegistryUploadLeavesAllOrNothing() throws Exception {
        Path data = Files.createTempDirectory("fundmatch-killed");
        Path log = data.resolve("service.log");
        String[] names = IntStream.range(0, ROWS)
                .mapToObj(i -> "宁波甬创第" + i + "号智能装备有限公司")
                .toArray(String[]::new);
        byte[] registry = Fixtures.registry(names);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx2g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FundmatchServiceApplication.class.getName(),
                        "--server.port=0",
                        "--fundmatch.data-dir=" + data,
                        "--fundmatch.feedback-file=" + data.resolve("feedback.jsonl"),
                        "--fundmatch.security.officer.username=officer",
                        "--fundmatch.security.officer.password=officer-pass",
                        "--fundmatch.security.admin.username=admin",
                        "--fundmatch.security.admin.password=admin-pass")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean killedMidTransaction = false;
        try {
            int httpPort = Integer.parseInt(await(log, HTTP_PORT, child));
            int dbPort = Integer.parseInt(await(log, DB_PORT, child));
            RunningService.Client client = new RunningService.Client(httpPort);
            CompletableFuture<Integer> upload = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.upload("/api/v1/enterprises", "yinzhou_large.tsv", registry, RunningService.ADMIN)
                            .statusCode();
                } catch (Exception e) {
                    return -1;
                }
            });
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "")) {
                Instant until = Instant.now().plus(Duration.ofMinutes(5));
                while (!upload.isDone() && Instant.now().isBefore(until)) {
                    if (insertingEnterprises(db)) {
                        child.destroyForcibly(); // SIGKILL
                        killedMidTransaction = true;
                        break;
                    }
                    Thread.sleep(5);
                }
            }
            assertThat(killedMidTransaction)
                    .as("the upload was still storing when the service was killed")
                    .isTrue();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        try (RunningService s = RunningService.start(data)) {
            String q = "/api/v1/enterprises?limit=1&q=" + URLEncoder.encode("甬创第", StandardCharsets.UTF_8);
            assertThat(s.getJson(q, OFFICER).get("total").asInt())
                    .as("none of the killed upload")
                    .isZero();
            List<String> actions =
                    SystemOfRecordTest.ids(s.getJson("/api/v1/admin/audit?limit=100", RunningService.ADMIN), "action");
            assertThat(actions).doesNotContain("registry.upload.duplicate").contains("registry.upload");

            JsonNode again = s.uploadJson("/api/v1/enterprises", "yinzhou_large.tsv", registry);
            assertThat(again.path("duplicateOf").isMissingNode()).isTrue();
            assertThat(again.get("registration").asText())
                    .as("a file this large is embedded after the upload answers")
                    .isEqualTo("EMBEDDING");
            assertThat(s.awaitEnterprises("甬创第", ROWS, Duration.ofMinutes(5)))
                    .as("all of it, uploaded again")
                    .isEqualTo(ROWS);
        }
    }

    private static boolean insertingEnterprises(Connection db) throws Exception {
        try (var st = db.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where pid <> pg_backend_pid() "
                        + "and state <> 'idle' and query like 'insert into enterprise%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static String await(Path log, Pattern p, Process child) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            if (Files.exists(log)) {
                Matcher m = p.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) return m.group(1);
            }
            if (!child.isAlive()) throw new AssertionError("the service stopped: " + Files.readString(log));
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + p + "' in the service log");
    }
}
