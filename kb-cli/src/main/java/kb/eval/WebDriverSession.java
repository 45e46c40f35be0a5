package kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium driven through its own driver ({@code chromedriver}) with the W3C WebDriver protocol: open a
 * page, run a script in it and wait for its answer. Only what measuring the site's search needs.
 */
public final class WebDriverSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;
    private final Path profile;

    private WebDriverSession(Process driver, String base, Path chromium, Path profile)
            throws IOException, InterruptedException {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        waitUntilReady();
        JsonNode created = call(
                "POST",
                "/session",
                Map.of(
                        "capabilities",
                        Map.of(
                                "alwaysMatch",
                                Map.of(
                                        "browserName",
                                        "chrome",
                                        "goog:chromeOptions",
                                        Map.of("binary", chromium.toString(), "args", switches(profile))))));
        this.session = created.path("sessionId").asText();
        call("POST", "/session/" + session + "/timeouts", Map.of("script", 120_000, "pageLoad", 60_000));
    }

    /**
     * Starts the browser and its driver.
     *
     * @throws IOException when either is missing or does not start
     */
    public static WebDriverSession start(Path chromiumBinary, Path chromedriver)
            throws IOException, InterruptedException {
        for (Path p : List.of(chromiumBinary, chromedriver)) {
            if (!Files.isExecutable(p)) {
                throw new IOException(p + " is missing: install Chromium and its driver (apt-get install chromium"
                        + " chromium-driver) or name them with --chromium and --chromedriver");
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path profile = Files.createTempDirectory("kb-chromium-");
        try {
            return new WebDriverSession(p, "http://127.0.0.1:" + port, chromiumBinary, profile);
        } catch (IOException | RuntimeException e) {
            p.destroy();
            throw e;
        }
    }

    /**
     * The switches that start Chromium headless on a machine with a closed network, with a fresh profile in
     * {@code profile}.
     */
    public static List<String> switches(Path profile) {
        return List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
    }

    private void waitUntilReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("chromedriver did not start: " + e.getMessage(), e);
                }
            }
            if (!driver.isAlive()) {
                throw new IOException("chromedriver stopped at start (exit " + driver.exitValue() + ")");
            }
            Thread.sleep(100);
        }
    }

    /** Opens a page and waits for it to load. */
    public void open(String url) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Runs a script that calls its last argument with its answer, and returns that answer. */
    public JsonNode runAsync(String script, Object... args) throws IOException, InterruptedException {
        return call("POST", "/session/" + session + "/execute/async", Map.of("script", script, "args", List.of(args)));
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(r.body());
        JsonNode value = answer.path("value");
        if (r.statusCode() != 200) {
            throw new IOException("the browser refused " + method + " " + path + ": "
                    + value.path("message").asText(r.body()));
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }
}
