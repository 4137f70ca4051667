package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fundmatch.json.Json;
import io.fundmatch.service.FundmatchServiceApplication;
import io.fundmatch.service.ServiceTestBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole service in this JVM on a free port and its own data folder (embedded PostgreSQL), for tests that restart it. */
final class RunningService implements AutoCloseable {

    static final ObjectMapper JSON = Json.mapper();
    static final String OFFICER = basic("officer", "officer-pass");
    static final String ADMIN = basic("admin", "admin-pass");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ConfigurableApplicationContext context;
    final int port;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /** HTTP calls to a service on another JVM. */
    record Client(int port) {
        HttpResponse<String> upload(String path, String fileName, byte[] content, String auth)
                throws IOException, InterruptedException {
            return RunningService.upload(port, path, fileName, content, auth);
        }
    }

    static RunningService start(Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--fundmatch.data-dir=" + dataDir,
                "--fundmatch.feedback-file=" + dataDir.resolve("feedback.jsonl"),
                "--fundmatch.security.officer.username=officer",
                "--fundmatch.security.officer.password=officer-pass",
                "--fundmatch.security.admin.username=admin",
                "--fundmatch.security.admin.password=admin-pass"));
        args.addAll(List.of(extra));
        return new RunningService(
                new SpringApplicationBuilder(FundmatchServiceApplication.class).run(args.toArray(String[]::new)));
    }

    @Override
    public void close() {
        context.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path, String auth) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, auth);
        if (r.statusCode() != 200) throw new AssertionError("GET " + path + " -> " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /**
     * Waits (at most {@code limit}) until the registry search for {@code q} finds {@code count} enterprises, as it
     * does once a registry file embedded in the background is registered; the last count found.
     */
    int awaitEnterprises(String q, int count, Duration limit) throws IOException, InterruptedException {
        String path = "/api/v1/enterprises?limit=1&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        java.time.Instant until = java.time.Instant.now().plus(limit);
        int found = getJson(path, OFFICER).get("total").asInt();
        while (found != count && java.time.Instant.now().isBefore(until)) {
            Thread.sleep(100);
            found = getJson(path, OFFICER).get("total").asInt();
        }
        return found;
    }

    HttpResponse<String> delete(String path, String auth) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .DELETE()
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return postJson(path, body, null);
    }

    HttpResponse<String> postJson(String path, String body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(String path, String fileName, byte[] content, String auth)
            throws IOException, InterruptedException {
        return upload(port, path, fileName, content, auth);
    }

    private static HttpResponse<String> upload(int port, String path, String fileName, byte[] content, String auth)
            throws IOException, InterruptedException {
        String boundary = "fm" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = ServiceTestBase.multipart(boundary, fileName, content);
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(300))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode uploadJson(String path, String fileName, byte[] content) throws IOException, InterruptedException {
        HttpResponse<String> r = upload(path, fileName, content, ADMIN);
        if (r.statusCode() != 200)
            throw new AssertionError("upload " + fileName + " -> " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
