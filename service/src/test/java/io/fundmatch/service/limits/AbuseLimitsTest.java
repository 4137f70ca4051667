package io.fundmatch.service.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundmatch.json.Json;
import io.fundmatch.service.security.AccountRecords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The limits against abuse on a service of its own (so that the locked accounts of these tests lock nobody
 * else's): login throttling, the feedback rate limit and store bound, and what anonymous callers may see.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fundmatch.security.officer.username=officer", "fundmatch.security.officer.password=officer-pass",
            "fundmatch.security.admin.username=admin", "fundmatch.security.admin.password=admin-pass",
            "fundmatch.limits.feedback-per-minute=5", "fundmatch.limits.max-feedback-events=1000",
            "management.prometheus.metrics.export.enabled=true"
        })
class AbuseLimitsTest {

    private static final Path FEEDBACK_FILE;
    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("fundmatch-limits-data");
            FEEDBACK_FILE = Files.createTempDirectory("fundmatch-limits").resolve("feedback.jsonl");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void feedbackFile(DynamicPropertyRegistry registry) {
        registry.add("fundmatch.feedback-file", FEEDBACK_FILE::toString);
        registry.add("fundmatch.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theSixthWrongPasswordInAMinuteGets429AndTheRightOneIsRefusedUntilTheBackOffEnds() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(get("/api/v1/me", basic("admin", "wrong-" + i)).statusCode())
                    .as("attempt " + i)
                    .isEqualTo(401);
        }
        HttpResponse<String> sixth = get("/api/v1/me", basic("admin", "wrong-6"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(sixth.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(sixth.body()).get("detail").asText()).contains("too many failed logins");

        HttpResponse<String> right = get("/api/v1/me", basic("admin", "admin-pass"));
        assertThat(right.statusCode())
                .as("the right password waits for the back-off too")
                .isEqualTo(429);
        assertThat(get("/api/v1/me", basic("officer", "officer-pass")).statusCode())
                .as("another account from the same address is not locked by one account's failures")
                .isEqualTo(200);
    }

    @Test
    void aFloodOfFeedbackFromOneAddressGets429AndTheStoreStaysBounded() throws Exception {
        String areaId = Json.mapper()
                .readTree(get("/api/v1/areas?limit=1", null).body())
                .at("/areas/0/areaId")
                .asText();
        String event = "{\"profile\":{\"name\":\"测试反馈科技有限公司\"},\"areaId\":\"" + areaId + "\",\"kind\":\"saved\"}";
        int created = 0;
        int throttled = 0;
        for (int i = 0; i < 40; i++) {
            int status = postJson("/api/v1/feedback", event).statusCode();
            if (status == 201) created++;
            if (status == 429) throttled++;
        }
        assertThat(created).isEqualTo(5);
        assertThat(throttled).isEqualTo(35);
        try (var lines = Files.lines(FEEDBACK_FILE)) {
            assertThat(lines.count()).isEqualTo(5);
        }
    }

    @Test
    void oversizedFeedbackIsRefusedBeforeItIsRead() throws Exception {
        String big = "{\"profile\":{\"name\":\"" + "企".repeat(20_000) + "\"},\"areaId\":\"x\",\"kind\":\"saved\"}";
        assertThat(postJson("/api/v1/feedback", big).statusCode()).isEqualTo(413);
    }

    @Test
    void anonymousCallersSeeOnlyUpOrDownAndNoMetrics() throws Exception {
        JsonNode health = Json.mapper().readTree(get("/actuator/health", null).body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(health.has("details")).isFalse();
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/error", null).statusCode()).isNotEqualTo(500);
    }

    @Test
    void theWebPageSignInIsThrottledLikeBasicAuthentication() throws Exception {
        String wrong = "{\"username\":\"网页用户\",\"password\":\"wrong\"}";
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(wrong).statusCode()).as("attempt " + i).isEqualTo(401);
        }
        HttpResponse<String> sixth = signIn(wrong);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(sixth.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(sixth.body()).get("detail").asText())
                .contains("登录失败次数过多")
                .contains("too many failed logins");
    }

    @Autowired
    AccountRecords accounts;

    @Test
    void aPasswordVerifiedAMomentAgoIsRefusedWhileItsAccountIsLockedOut() throws Exception {
        accounts.create("officer-poller", "poller-pass-2026", List.of("OFFICER"), AccountRecords.ALL, "test");
        String right = basic("officer-poller", "poller-pass-2026");
        assertThat(get("/api/v1/me", right).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", right).statusCode()).as("kept as verified").isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(get("/api/v1/me", basic("officer-poller", "poller-wrong-" + i))
                            .statusCode())
                    .as("wrong password " + i + " is checked and counted, not answered from the kept one")
                    .isEqualTo(401);
        }
        assertThat(get("/api/v1/me", right).statusCode())
                .as("the kept right password waits for the back-off too")
                .isEqualTo(429);
    }

    private HttpResponse<String> signIn(String credentials) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/session"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("X-Requested-With", "fundmatch-web")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
