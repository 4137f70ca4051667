package io.fundmatch.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on the embedded defaults (bundled sample guides and registry, shipped model, no Redis) on a
 * random port, shared by every test class extending this (one Spring context), with known passwords.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fundmatch.security.officer.username=officer", "fundmatch.security.officer.password=officer-pass",
            "fundmatch.security.admin.username=admin", "fundmatch.security.admin.password=admin-pass",
            "management.prometheus.metrics.export.enabled=true"
        })
public abstract class ServiceTestBase {

    protected static final Path FEEDBACK_FILE;
    /** This context's data folder: its embedded PostgreSQL cluster lives in postgres/ under it. */
    protected static final Path DATA_DIR;

    protected static final ObjectMapper JSON = Json.mapper();

    static {
        try {
            FEEDBACK_FILE = Files.createTempDirectory("fundmatch-feedback").resolve("feedback.jsonl");
            DATA_DIR = Files.createTempDirectory("fundmatch-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void feedbackFile(DynamicPropertyRegistry registry) {
        registry.add("fundmatch.feedback-file", FEEDBACK_FILE::toString);
        registry.add("fundmatch.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected static final String OFFICER = basic("officer", "officer-pass");
    protected static final String ADMIN = basic("admin", "admin-pass");

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path, String auth, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (auth != null) b.header("Authorization", auth);
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null, null);
    }

    protected HttpResponse<String> postJson(String path, String body, String auth)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> upload(String path, String fileName, byte[] content, String auth)
            throws IOException, InterruptedException {
        String boundary = "fm" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, fileName, content);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body with one part, {@code file}. */
    public static byte[] multipart(String boundary, String fileName, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    /** Creates an officer account with a jurisdiction through the administrators' API (once per context). */
    protected void ensureOfficer(String username, String password, String jurisdiction)
            throws IOException, InterruptedException {
        String body = JSON.createObjectNode()
                .put("username", username)
                .put("password", password)
                .put("jurisdiction", jurisdiction)
                .toString();
        int status = postJson("/api/v1/admin/accounts", body, ADMIN).statusCode();
        if (status != 201 && status != 409) throw new AssertionError("account " + username + " not created: " + status);
    }

    protected static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** A Chinese SME in Hangzhou Binjiang working on AI vision inspection (matches the bundled Binjiang guide). */
    protected static final String BINJIANG_AI_SME = """
            {"profile": {"name": "杭州视联智能检测技术有限公司",
              "region": {"province": "浙江省", "city": "杭州市", "district": "滨江区"},
              "qualifications": ["科技型中小企业"],
              "specialization": "工业视觉检测设备与人工智能算法",
              "businessScope": "人工智能应用软件开发；智能检测装备制造；工业互联网数据采集；软件开发"},
             "top": 5}""";
}
