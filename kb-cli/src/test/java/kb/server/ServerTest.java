package kb.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server over real HTTP: the search API's good and bad requests, and the site's files. */
class ServerTest {
    private static KbServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path site = ProjectFiles.target("server-test").resolve("site");
        SiteBuild.builder(ProjectFiles.content(), site).full(true).build().run();
        server = KbServer.start(site, SiteLayout.of(site).index(), 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aBusyPortIsNamedWithWhatToDo() {
        Path site = ProjectFiles.target("server-test").resolve("site");
        assertThatThrownBy(() -> KbServer.start(site, SiteLayout.of(site).index(), server.port()))
                .isInstanceOf(java.net.BindException.class)
                .hasMessageContaining("port " + server.port() + " on 127.0.0.1 is in use")
                .hasMessageContaining("--port");
    }

    @Test
    void onEveryAddressTheServerSaysSoAndStillAnswersOnLoopback() throws Exception {
        Path site = ProjectFiles.target("server-test").resolve("site");
        try (KbServer wide =
                KbServer.start(site, SiteLayout.of(site).index(), java.net.InetAddress.getByName("0.0.0.0"), 0)) {
            assertThat(wide.reachableFromOthers()).isTrue();
            assertThat(wide.url()).isEqualTo("http://127.0.0.1:" + wide.port() + "/");
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(wide.url() + "api/search?q=smsapm32"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThat(server.reachableFromOthers()).isFalse();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsWithSnippetsAndFacets() throws Exception {
        HttpResponse<String> r = get("api/search?q=" + q("smsapm32 does not stop during client upgrade"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("Q256211");
        assertThat(body.get("hits").get(0).get("url").asText()).isEqualTo("kb/256/Q256211/");
        assertThat(body.get("hits").get(0).get("snippet").toString()).contains("\"hit\":true");
        assertThat(body.get("facets").get("product").toString()).contains("\"sms\"");
    }

    @Test
    void filtersAndPages() throws Exception {
        JsonNode sms = JSON.readTree(get("api/search?q=upgrade&product=sms").body());
        assertThat(sms.get("hits"))
                .isNotEmpty()
                .allMatch(h -> h.get("products").toString().contains("sms"));
        JsonNode year = JSON.readTree(get("api/search?q=upgrade&year=2026").body());
        assertThat(year.get("hits"))
                .isNotEmpty()
                .allMatch(h -> h.get("date").asText().startsWith("2026"));
        JsonNode page2 = JSON.readTree(get("api/search?q=client&page=2").body());
        assertThat(page2.get("page").asInt()).isEqualTo(2);
        JsonNode far = JSON.readTree(get("api/search?q=client&page=50").body());
        assertThat(far.get("hits")).isEmpty();
    }

    @Test
    void badRequestsGetA400WithAJsonError() throws Exception {
        for (String bad : new String[] {
            "api/search",
            "api/search?q=",
            "api/search?q=%20%20",
            "api/search?q=x&page=abc",
            "api/search?q=x&page=0",
            "api/search?q=x&page=99999",
            "api/search?q=x&year=20x6",
            "api/search?q=" + "x".repeat(10_001)
        }) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode())
                    .as(bad.length() > 60 ? bad.substring(0, 60) : bad)
                    .isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at kb.");
        }
    }

    @Test
    void requestsTheServerCannotReadGetAJsonErrorWithAMessage() throws Exception {
        for (String target : new String[] {
            "/api/search?q=%",
            "/api/search?q=%zz",
            "/api/search?q=abc%E2%82",
            "/api/search?q=%C0%AF",
            "/%zz",
            "/kb/%E2%82/"
        }) {
            Raw r = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.head()).as(target).containsIgnoringCase("Content-Type: application/json");
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(target).isNotBlank();
            assertThat(r.body()).as(target).doesNotContain("Exception").doesNotContain("<");
        }
    }

    @Test
    void anAddressOrHeadersTooLargeGetA414OrA431WithAJsonError() throws Exception {
        Raw longQ = raw("GET /api/search?q=" + "a".repeat(1 << 20)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(longQ.status()).isEqualTo(414);
        assertThat(JSON.readTree(longQ.body()).get("error").asText()).contains("too long");

        Raw bigHeader = raw("GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(1 << 20)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeader.status()).isEqualTo(431);
        assertThat(JSON.readTree(bigHeader.body()).get("error").asText()).contains("headers are too large");

        // The longest search the API takes still fits, however it is encoded.
        HttpResponse<String> longest = get("api/search?q=" + q("\u00e9\u4e2d".repeat(5_000)));
        assertThat(longest.statusCode()).isEqualTo(200);
    }

    @Test
    void noSpellingOfAPathLeavesTheSiteOrReachesAHiddenFile() throws Exception {
        Path secret = ProjectFiles.target("server-test").resolve("secret.txt");
        Files.writeString(secret, "kb-secret-beside-the-site");
        for (String target : new String[] {
            "/../secret.txt",
            "/..%2fsecret.txt",
            "/%2e%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/kb/../../secret.txt",
            "/kb/%2e%2e/%2e%2e/secret.txt",
            "/..\\secret.txt",
            "/..%5csecret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/..;/secret.txt",
            "/.%2e/secret.txt",
            "//secret.txt",
            "/./../secret.txt",
            "/index.html%00.txt",
            "/%00",
            "/.kb-site",
            "/.site.kb/pages.bin",
            "/search/../../.site.kb/pages.bin",
            "/..%252fsecret.txt",
            "http://127.0.0.1/../secret.txt",
            "/kb/256/Q256211/../../../../secret.txt",
            "/.git/config",
            "/%2e%67it/config"
        }) {
            Raw r = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(target).isIn(400, 403, 404);
            assertThat(r.body()).as(target).doesNotContain("kb-secret").doesNotContain("Exception");
        }
    }

    @Test
    void costlyQueriesAnswerWithResultsNotErrors() throws Exception {
        java.util.Random random = new java.util.Random(7);
        StringBuilder longWord = new StringBuilder();
        for (int i = 0; i < 9_990; i++) {
            longWord.append((char) ('a' + random.nextInt(26)));
        }
        StringBuilder manyLong = new StringBuilder();
        for (int w = 0; w < 24; w++) {
            for (int i = 0; i < 400; i++) {
                manyLong.append((char) ('a' + random.nextInt(26)));
            }
            manyLong.append(' ');
        }
        StringBuilder phrases = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            phrases.append("\"error ").append(i).append("\" ");
        }
        for (String q : new String[] {
            longWord.toString(),
            manyLong.toString().strip(),
            phrases.toString().strip(),
            "a* ".repeat(2_000).strip()
        }) {
            HttpResponse<String> r = get("api/search?q=" + q(q));
            assertThat(r.statusCode()).as(q.substring(0, 30)).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("hits")).isNotNull();
        }
    }

    /** A response read off a socket: for requests no HTTP client would send. */
    private record Raw(int status, String head, String body) {}

    private static Raw raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (java.net.SocketException e) {
                // The server may answer and close before it has read all of a request too large to take.
            }
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a response head in: %s", text).isPositive();
            return new Raw(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
        }
    }

    @Test
    void hostileQueryIsEchoedOnlyAsJsonText() throws Exception {
        String hostile = "<script>alert(1)</script> \" AND OR * : ( -";
        HttpResponse<String> r = get("api/search?q=" + q(hostile));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("query").asText()).isEqualTo(hostile);
        // Markup characters are escaped even inside JSON strings, so the response is inert wherever it lands.
        assertThat(r.body()).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
    }

    @Test
    void servesTheSiteAndRefusesPathsOutsideIt() throws Exception {
        assertThat(get("kb/256/Q256211/index.html").body()).contains("Smsapm32.exe Does Not Stop");
        assertThat(get("kb/256/Q256211/").statusCode()).isEqualTo(200);
        assertThat(get("static/kb.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> missing = get("kb/999/Q999999/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
        assertThat(get("%2e%2e/%2e%2e/etc/passwd").statusCode()).isIn(400, 403, 404);
        assertThat(get(".kb-site").statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = send("POST", "api/search?q=upgrade");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(post.body()).get("error").asText()).isEqualTo("use GET");
        assertThat(send("DELETE", "kb/256/Q256211/").statusCode()).isEqualTo(405);
        assertThat(send("PUT", "index.html").statusCode()).isEqualTo(405);
    }

    @Test
    void headAnswersAsGetWithoutABody() throws Exception {
        HttpResponse<String> head = send("HEAD", "kb/256/Q256211/index.html");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(head.body()).isEmpty();
        HttpResponse<String> search = send("HEAD", "api/search?q=upgrade");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).isEmpty();
        assertThat(send("HEAD", "kb/999/Q999999/").statusCode()).isEqualTo(404);
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedToIt() throws Exception {
        HttpResponse<String> r = get("kb/256/Q256211");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/kb/256/Q256211/");
    }
}
