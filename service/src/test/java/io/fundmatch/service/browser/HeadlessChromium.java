package io.fundmatch.service.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from java.net.http): navigate, evaluate
 * JavaScript, wait for a condition, take screenshots. One page, a fresh profile folder, no network besides
 * the loopback app.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    HeadlessChromium(Path profileDir, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(profileDir);
        process = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--hide-scrollbars",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profileDir,
                        "--remote-debugging-port=0",
                        "--window-size=" + width + "," + height,
                        "about:blank"))
                .redirectErrorStream(true)
                .redirectOutput(profileDir.resolve("chromium.log").toFile())
                .start();
        Path portFile = profileDir.resolve("DevToolsActivePort");
        Instant until = Instant.now().plusSeconds(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!process.isAlive())
                throw new IOException("chromium exited: " + Files.readString(profileDir.resolve("chromium.log")));
            if (Instant.now().isAfter(until)) throw new IOException("chromium did not open its DevTools port");
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode targets = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String page = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText()))
                page = t.path("webSocketDebuggerUrl").asText();
        }
        if (page == null) throw new IOException("chromium opened no page");
        socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(page), new Listener())
                .join();
        call("Page.enable", Map.of());
        call("Runtime.enable", Map.of());
        call(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    JsonNode call(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", json.valueToTree(params));
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode r = answer.get(60, TimeUnit.SECONDS);
            if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
            return r.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }
    }

    void viewport(int width, int height) {
        call(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        height,
                        "deviceScaleFactor",
                        width < 600 ? 2 : 1,
                        "mobile",
                        width < 600));
    }

    void navigate(String url) {
        call("Page.navigate", Map.of("url", url));
        waitUntil("document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** Evaluates an expression (promises awaited) and answers its JSON value. */
    JsonNode eval(String expression) {
        JsonNode r =
                call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (r.has("exceptionDetails"))
            throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    void waitUntil(String condition, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            if (eval("Boolean(" + condition + ")").asBoolean()) return;
            if (Instant.now().isAfter(until)) throw new AssertionError("timed out waiting for: " + condition);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    void allowDownloadsTo(Path folder) {
        call("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
    }

    void screenshot(Path file, boolean fullPage) throws IOException {
        Files.createDirectories(file.getParent());
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", fullPage));
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode msg = json.readTree(text);
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f =
                                pending.remove(msg.get("id").asInt());
                        if (f != null) f.complete(msg);
                    }
                } catch (IOException ignored) {
                    // not a protocol message
                }
            }
            ws.request(1);
            return null;
        }
    }
}
