package io.fundmatch.service.records;

import static io.fundmatch.service.records.RunningService.ADMIN;
import static io.fundmatch.service.records.RunningService.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up files become an import into the database, idempotent by content; bad settings stop the start with one line. */
class StartupImportTest {

    @Test
    void startupFoldersAndListsAreImportedOnceAndTheSameDocumentUnderAnotherNameIsNotDoubled() throws Exception {
        Path root = Files.createTempDirectory("fundmatch-startup");
        Path registries = Files.createDirectories(root.resolve("registries"));
        Files.write(registries.resolve("first.tsv"), Fixtures.registry("宁波甬创机器人有限公司", "宁波明视检测技术有限公司"));
        Files.write(registries.resolve("second.tsv"), Fixtures.registry("宁波织云工业软件有限公司"));
        Files.writeString(registries.resolve("notes.md"), "# not a registry file\n", StandardCharsets.UTF_8);
        Path guides = Files.createDirectories(root.resolve("guides"));
        Files.write(guides.resolve("yinzhou_digital_2027.txt"), Fixtures.guide());
        Path copy = Files.write(root.resolve("copy_of_the_same_guide.txt"), Fixtures.guide());
        String[] settings = {"--fundmatch.enterprises=" + registries, "--fundmatch.guides=" + guides + "," + copy};
        Path data = root.resolve("data");

        int enterprises;
        try (RunningService s = RunningService.start(data, settings)) {
            JsonNode docs = s.getJson("/api/v1/admin/documents", ADMIN);
            assertThat(docs.get("total").asInt())
                    .as("one document, no bundled samples")
                    .isEqualTo(1);
            enterprises = s.getJson("/api/v1/enterprises?limit=1", OFFICER)
                    .get("total")
                    .asInt();
            assertThat(enterprises).isEqualTo(3);
        }
        try (RunningService s = RunningService.start(data, settings)) {
            assertThat(s.getJson("/api/v1/admin/documents", ADMIN).get("total").asInt())
                    .isEqualTo(1);
            assertThat(s.getJson("/api/v1/enterprises?limit=1", OFFICER)
                            .get("total")
                            .asInt())
                    .isEqualTo(enterprises);
            List<String> actions = SystemOfRecordTest.ids(s.getJson("/api/v1/admin/audit?limit=100", ADMIN), "action");
            assertThat(actions.stream().filter("registry.upload"::equals))
                    .as("each registry file stored once")
                    .hasSize(2);
            assertThat(actions.stream().filter("document.upload"::equals)).hasSize(1);
        }
    }

    @Test
    void aCatalogueFileGivenAtStartIsStoredOnceAndSurvivesARestart() throws Exception {
        Path root = Files.createTempDirectory("fundmatch-startup-catalogue");
        Path catalogue = root.resolve("catalogue.jsonl");
        io.fundmatch.catalogue.CatalogueFiles.write(
                catalogue,
                io.fundmatch.catalogue.Catalogue.of(List.of(
                        new io.fundmatch.guide.GuideIngester().ingest("yinzhou_digital_2027.txt", Fixtures.guide()))));
        String[] settings = {"--fundmatch.guides=" + catalogue};
        Path data = root.resolve("data");

        int areas;
        try (RunningService s = RunningService.start(data, settings)) {
            areas = s.getJson("/api/v1/areas?limit=1", ADMIN).get("total").asInt();
            assertThat(areas).as("the catalogue's areas are served").isPositive();
            assertThat(s.getJson("/api/v1/admin/documents", ADMIN).get("total").asInt())
                    .isEqualTo(1);
        }
        try (RunningService s = RunningService.start(data, settings)) {
            assertThat(s.getJson("/api/v1/areas?limit=1", ADMIN).get("total").asInt())
                    .isEqualTo(areas);
            assertThat(s.getJson("/api/v1/admin/documents", ADMIN).get("total").asInt())
                    .as("stored once, not again at the second start")
                    .isEqualTo(1);
        }
    }

    @Test
    void aMissingStartupFileStopsTheStartWithOneLine() throws Exception {
        Path data = Files.createTempDirectory("fundmatch-missing");
        Throwable failure =
                catchStart(() -> RunningService.start(data, "--fundmatch.enterprises=" + data.resolve("nope.tsv")));
        FailureAnalysis analysis = new StartFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .doesNotContain("\n")
                .startsWith("fundmatch: fundmatch.enterprises: no such file or folder")
                .contains("nope.tsv");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneLine() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("fundmatch-nodb");
        Throwable failure = catchStart(() -> RunningService.start(
                data,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/fundmatch",
                "--spring.datasource.username=fundmatch"));
        FailureAnalysis analysis = new StartFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .doesNotContain("\n")
                .startsWith("fundmatch: the database is not reachable")
                .contains(String.valueOf(closed));
        assertThat(Files.exists(data.resolve("postgres")))
                .as("no embedded server with an external url")
                .isFalse();
    }

    @Test
    void aSecondServiceOnTheSameDataFolderStopsWithOneLineAndTheFirstKeepsServing() throws Exception {
        Path data = Files.createTempDirectory("fundmatch-shared");
        try (RunningService first = RunningService.start(data)) {
            Throwable failure = catchStart(() -> RunningService.start(data));
            FailureAnalysis analysis = new StartFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .doesNotContain("\n")
                    .startsWith("fundmatch: the embedded PostgreSQL in "
                            + data.resolve("postgres").toAbsolutePath());
            assertThat(first.getJson("/api/v1/admin/documents", ADMIN)
                            .get("total")
                            .asInt())
                    .isEqualTo(3);
        }
    }

    private static Throwable catchStart(Runnable start) {
        try {
            start.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("the service started");
    }
}
