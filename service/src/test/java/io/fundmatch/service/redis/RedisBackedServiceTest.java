package io.fundmatch.service.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.service.FundmatchServiceApplication;
import io.fundmatch.service.feedback.FeedbackStore;
import io.fundmatch.service.nightly.NightlyResultsStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * The service with a real Redis (embedded-redis on a free port): cached answers survive a service restart,
 * nightly results are served while fresh, feedback is kept in Redis, and a Redis outage mid-run degrades
 * to computing on the fly (no 5xx) until Redis is back, which is picked up without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisBackedServiceTest {

    private static final ObjectMapper JSON = Json.mapper();
    private static final String OFFICER =
            "Basic " + Base64.getEncoder().encodeToString("officer:officer-pass".getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:admin-pass".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int redisPort;
    private static RedisServer redis;
    private static Path feedbackFile;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() throws Exception {
        redisPort = freePort();
        redis = startRedis();
        feedbackFile = Files.createTempDirectory("fundmatch-redis-test").resolve("feedback.jsonl");
        app = startService();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) app.close();
        if (redis != null) redis.stop();
    }

    @Test
    @Order(1)
    void cachedRecommendationsSurviveAServiceRestart() throws Exception {
        String body = profile("杭州芯测半导体有限公司", "射频芯片设计；集成电路测试；电子元器件销售");
        assertThat(post(body).headers().firstValue("X-Fundmatch-Cache")).hasValue("miss");
        assertThat(template().keys("fundmatch:rec:*")).isNotEmpty();

        app.close();
        app = startService();
        HttpResponse<String> after = post(body);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("X-Fundmatch-Cache")).hasValue("redis");
    }

    @Test
    @Order(2)
    void freshNightlyResultsAreServedAndStaleOnesAreNot() throws Exception {
        String id = json(get("/api/v1/enterprises?q=" + URLEncoder.encode("芯瑞", StandardCharsets.UTF_8)))
                .at("/enterprises/0/id")
                .asText();
        JsonNode computed = json(get("/api/v1/enterprises/" + id + "/recommendations?top=2"));
        assertThat(computed.get("source").asText()).isEqualTo("computed");

        StringRedisTemplate redisTemplate = template();
        String version = "20261123T0200Z";
        redisTemplate
                .opsForValue()
                .set(
                        NightlyResultsStore.enterpriseKey(version, id),
                        computed.get("opportunities").toString());
        redisTemplate
                .opsForValue()
                .set(
                        NightlyResultsStore.metaKey(version),
                        "{\"version\":\"" + version + "\",\"createdAt\":\""
                                + Instant.now().minusSeconds(3600) + "\"}");
        redisTemplate.opsForValue().set(NightlyResultsStore.CURRENT, version);
        JsonNode nightly = json(get("/api/v1/enterprises/" + id + "/recommendations?top=2"));
        assertThat(nightly.get("source").asText()).isEqualTo("nightly");
        assertThat(nightly.get("nightlyVersion").asText()).isEqualTo(version);
        assertThat(nightly.get("opportunities")).isEqualTo(computed.get("opportunities"));

        redisTemplate
                .opsForValue()
                .set(
                        NightlyResultsStore.metaKey(version),
                        "{\"version\":\"" + version + "\",\"createdAt\":\""
                                + Instant.now().minus(Duration.ofDays(3)) + "\"}");
        assertThat(json(get("/api/v1/enterprises/" + id + "/recommendations?top=2"))
                        .get("source")
                        .asText())
                .isEqualTo("computed");
    }

    @Test
    @Order(3)
    void feedbackIsKeptInRedis() throws Exception {
        String areaId = json(get("/api/v1/areas?limit=1")).at("/areas/0/areaId").asText();
        String id =
                json(get("/api/v1/enterprises?limit=1")).at("/enterprises/0/id").asText();
        HttpResponse<String> r = postTo(
                "/api/v1/feedback",
                "{\"enterpriseId\":\"" + id + "\",\"areaId\":\"" + areaId + "\",\"kind\":\"saved\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("storedIn").asText()).isEqualTo("redis");
        assertThat(template()
                        .opsForList()
                        .range(FeedbackStore.REDIS_KEY, -1, -1)
                        .get(0))
                .contains(areaId, "saved");
    }

    @Test
    @Order(4)
    void redisGoingDownDegradesWithoutErrorsAndItsReturnIsPickedUp() throws Exception {
        redis.stop();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = post(profile("杭州离线测试" + i + "科技有限公司", "工业互联网平台开发；数据采集"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Fundmatch-Cache")).hasValue("miss");
        }
        String areaId = json(get("/api/v1/areas?limit=1")).at("/areas/0/areaId").asText();
        String id =
                json(get("/api/v1/enterprises?limit=1")).at("/enterprises/0/id").asText();
        assertThat(get("/api/v1/enterprises/" + id + "/recommendations").statusCode())
                .isEqualTo(200);
        HttpResponse<String> fb = postTo(
                "/api/v1/feedback",
                "{\"enterpriseId\":\"" + id + "\",\"areaId\":\"" + areaId + "\",\"kind\":\"applied\"}");
        assertThat(json(fb).get("storedIn").asText()).isEqualTo("file");
        assertThat(Files.readString(feedbackFile)).contains(areaId);
        assertThat(get("/actuator/health", ADMIN).body()).contains("\"redis\":{\"status\":\"DOWN\"");

        redis = startRedis();
        Instant until = Instant.now().plusSeconds(20);
        String body = profile("杭州恢复测试科技有限公司", "智能穿戴设备研发；软件开发");
        boolean cachedInRedis = false;
        while (!cachedInRedis && Instant.now().isBefore(until)) {
            HttpResponse<String> r = post(body);
            assertThat(r.statusCode()).isEqualTo(200);
            cachedInRedis = keysInRedis("fundmatch:rec:*") > 0;
            if (!cachedInRedis) {
                Thread.sleep(300);
                body = body.replace("科技有限公司", "科技有限公司分");
            }
        }
        assertThat(cachedInRedis)
                .as("a new answer is cached in the restarted Redis")
                .isTrue();
        assertThat(get("/actuator/health", ADMIN).body()).contains("\"redis\":{\"status\":\"UP\"");
    }

    private static String profile(String name, String scope) {
        return "{\"profile\":{\"name\":\"" + name + "\",\"region\":{\"province\":\"浙江省\",\"city\":\"杭州市\","
                + "\"district\":\"滨江区\"},\"businessScope\":\"" + scope + "\"},\"top\":3}";
    }

    private static RedisServer startRedis() throws IOException {
        RedisServer server = RedisServer.newRedisServer()
                .port(redisPort)
                .setting("bind 127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        return server;
    }

    private static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(FundmatchServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                        "--fundmatch.feedback-file=" + feedbackFile,
                        "--fundmatch.data-dir=" + feedbackFile.getParent(),
                        "--fundmatch.security.officer.password=officer-pass",
                        "--fundmatch.security.admin.password=admin-pass");
    }

    /** Keys in Redis, or 0 while the service's client is still reconnecting. */
    private static int keysInRedis(String pattern) {
        try {
            return template().keys(pattern).size();
        } catch (RuntimeException reconnecting) {
            return 0;
        }
    }

    private static StringRedisTemplate template() {
        return app.getBean(StringRedisTemplate.class);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return postTo("/api/v1/recommendations", body);
    }

    private static HttpResponse<String> postTo(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, OFFICER);
    }

    private static HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", auth)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
