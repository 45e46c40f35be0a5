package kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The site's own search, run as a visitor runs it: the site served by a plain static server (the JDK's, answering six
 * requests at once), each query
 * typed on a page just opened with nothing cached (the first query of a visit), then another on the same page (a
 * later query), in headless Chromium. What each one found, how many bytes of the search's files it transferred (with
 * their response headers; a file taken from the browser's cache would count nothing) and how long it took.
 */
public final class StaticSearchProbe implements AutoCloseable {
    private static final String SCRIPT = """
            var done = arguments[arguments.length - 1], first = arguments[0], later = arguments[1];
            performance.setResourceTimingBufferSize(100000);
            var files = new URL("./", location.href).href;
            // The search's own files only: the browser fetches others when it likes (a site icon, once a visit).
            function bytesSince(t) {
              return performance.getEntriesByType("resource")
                .filter(function (e) { return e.startTime >= t && e.name.startsWith(files); })
                .reduce(function (s, e) { return s + e.transferSize; }, 0);
            }
            function ids(r) { return r.hits.map(function (h) { return h.id; }); }
            var t0 = performance.now(), s = document.createElement("script");
            s.src = "kb-search.js";
            s.onerror = function () { done({error: "kb-search.js could not be loaded"}); };
            s.onload = function () {
              kbSearch.search(first, {}).then(function (r) {
                var t1 = performance.now();
                var cold = {ids: ids(r), ms: t1 - t0, bytes: bytesSince(t0)};
                if (!later) { done({cold: cold}); return; }
                return kbSearch.search(later, {}).then(function (r2) {
                  var t2 = performance.now();
                  done({cold: cold, later: {ids: ids(r2), ms: t2 - t1, bytes: bytesSince(t1)}});
                });
              }).catch(function (e) { done({error: String(e && e.message || e)}); });
            };
            document.head.appendChild(s);
            """;

    /** One search: the ids of its first page of hits, the bytes it transferred, its time. */
    public record Search(List<String> ids, long bytes, double millis) {}

    private final HttpServer server;
    private final ExecutorService threads;
    private final WebDriverSession browser;
    private final String page;

    private StaticSearchProbe(HttpServer server, ExecutorService threads, WebDriverSession browser) {
        this.server = server;
        this.threads = threads;
        this.browser = browser;
        this.page = "http://127.0.0.1:" + server.getAddress().getPort() + "/search/index.html";
    }

    public static StaticSearchProbe start(Path site, Path chromium, Path chromedriver)
            throws IOException, InterruptedException {
        // A plain static server that tells the browser to keep nothing: each fresh page loads every file again, as
        // a first visit does, with no switch of the browser's own (those slow every request down).
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                        "/",
                        SimpleFileServer.createFileHandler(site.toAbsolutePath().normalize()))
                .getFilters()
                .add(Filter.beforeHandler(
                        "Cache-Control: no-store", e -> e.getResponseHeaders().set("Cache-Control", "no-store")));
        // As a static host answers: several requests at once (a browser opens six connections to a host).
        ExecutorService threads = Executors.newFixedThreadPool(6);
        server.setExecutor(threads);
        server.start();
        try {
            WebDriverSession browser = WebDriverSession.start(chromium, chromedriver);
            return new StaticSearchProbe(server, threads, browser);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.stop(0);
            threads.shutdown();
            throw e;
        }
    }

    /**
     * Opens the search page afresh and runs {@code first} there, then {@code later} on the same page.
     *
     * @return the first search and the later one (absent when {@code later} is empty)
     */
    public List<Search> run(String first, String later) throws IOException, InterruptedException {
        browser.open(page);
        JsonNode r = browser.runAsync(SCRIPT, first, later);
        if (r.has("error")) {
            throw new IOException(
                    "the search failed in the browser: " + r.path("error").asText());
        }
        List<Search> out = new ArrayList<>();
        out.add(search(r.path("cold")));
        if (r.has("later")) {
            out.add(search(r.path("later")));
        }
        return out;
    }

    private static Search search(JsonNode n) {
        List<String> ids = new ArrayList<>();
        n.path("ids").forEach(id -> ids.add(id.asText()));
        return new Search(ids, n.path("bytes").asLong(), n.path("ms").asDouble());
    }

    @Override
    public void close() throws IOException {
        try {
            browser.close();
        } finally {
            server.stop(0);
            threads.shutdown();
        }
    }
}
