package io.fundmatch.service.records;

import static io.fundmatch.service.records.RunningService.ADMIN;
import static io.fundmatch.service.records.RunningService.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A registry file at or above {@code fundmatch.registry.background-rows} is stored and answered before its
 * enterprises are embedded: the answer says EMBEDDING, the file is listed as pending until its enterprises are
 * searchable and ranked, a withdrawal meanwhile does not bring the file's enterprises in early or lose the
 * withdrawn one, and a service stopped before the embedding finished has every enterprise of the file after a
 * restart. Smaller files are matchable when the upload answers.
 */
class BackgroundRegistrationTest {

    private static final int ROWS = 120;
    /** Enough enterprises that embedding them takes seconds, several chunks of {@link BackgroundRegistration#CHUNK}. */
    private static final int LARGE = 2_000;

    @Test
    void aLargeRegistryFileIsAnsweredFirstAndRegisteredWhenEmbeddedAndSurvivesAStopBeforeThat() throws Exception {
        Path data = Files.createTempDirectory("fundmatch-background");
        try (RunningService s = RunningService.start(data, "--fundmatch.registry.background-rows=50")) {
            JsonNode small =
                    s.uploadJson("/api/v1/enterprises", "small.tsv", Fixtures.registry("宁波小批甲科技有限公司", "宁波小批乙科技有限公司"));
            assertThat(small.get("registration").asText()).isEqualTo("MATCHABLE");
            assertThat(s.getJson("/api/v1/enterprises?q=小批", OFFICER)
                            .get("total")
                            .asInt())
                    .as("a small file is searchable when the upload answers")
                    .isEqualTo(2);

            JsonNode large = s.uploadJson("/api/v1/enterprises", "large.tsv", registry("宁波后台甲第"));
            assertThat(large.get("registration").asText()).isEqualTo("EMBEDDING");
            assertThat(large.get("profiles")).hasSize(ROWS);
            assertThat(s.awaitEnterprises("后台甲第", ROWS, Duration.ofMinutes(3)))
                    .as("every enterprise of the file, once embedded")
                    .isEqualTo(ROWS);
            assertThat(s.getJson("/api/v1/admin/registry-files/pending", ADMIN))
                    .as("nothing pending once registered")
                    .isEmpty();
            String one = s.getJson("/api/v1/enterprises?limit=1&q=后台甲第7号", OFFICER)
                    .at("/enterprises/0/id")
                    .asText();
            assertThat(s.get("/api/v1/enterprises/" + one + "/recommendations", OFFICER)
                            .statusCode())
                    .as("a registered enterprise is ranked")
                    .isEqualTo(200);

            // a withdrawal while a file is pending restores the registry without the pending file, which comes after
            JsonNode next = s.uploadJson("/api/v1/enterprises", "next.tsv", registry("宁波后台乙第"));
            assertThat(next.get("registration").asText()).isEqualTo("EMBEDDING");
            HttpResponse<String> withdrawn = s.delete("/api/v1/admin/enterprises/" + one, ADMIN);
            assertThat(withdrawn.statusCode()).isEqualTo(200);
            assertThat(s.awaitEnterprises("后台乙第", ROWS, Duration.ofMinutes(3))).isEqualTo(ROWS);
            assertThat(s.awaitEnterprises("后台甲第", ROWS - 1, Duration.ofSeconds(1)))
                    .as("the withdrawn enterprise stays out")
                    .isEqualTo(ROWS - 1);

            JsonNode last = s.uploadJson("/api/v1/enterprises", "last.tsv", registry("宁波后台丙第", LARGE));
            assertThat(last.get("registration").asText()).isEqualTo("EMBEDDING");
            assertThat(s.getJson("/api/v1/admin/registry-files/pending", ADMIN).findValuesAsText("fileName"))
                    .as("listed while it is embedded")
                    .containsExactly("last.tsv");
        } // stopped at once: the embedding stops after its current chunk, the file is not registered

        try (RunningService s = RunningService.start(data, "--fundmatch.registry.background-rows=50")) {
            assertThat(s.awaitEnterprises("后台丙第", LARGE, Duration.ofSeconds(1)))
                    .as("a file accepted before the stop is registered by the restart")
                    .isEqualTo(LARGE);
            assertThat(s.awaitEnterprises("后台", 2 * ROWS - 1 + LARGE, Duration.ofSeconds(1)))
                    .isEqualTo(2 * ROWS - 1 + LARGE);
        }
    }

    /** {@value #ROWS} enterprises named {@code prefix}0号智能装备有限公司 … of the fixture registry. */
    private static byte[] registry(String prefix) {
        return registry(prefix, ROWS);
    }

    private static byte[] registry(String prefix, int rows) {
        return Fixtures.registry(
                IntStream.range(0, rows).mapToObj(i -> prefix + i + "号智能装备有限公司").toArray(String[]::new));
    }
}
