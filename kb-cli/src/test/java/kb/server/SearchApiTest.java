package kb.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A search that fails inside the server answers 500 with a JSON error, and tells the client nothing of why. */
class SearchApiTest {
    @Test
    void aFailedSearchIsA500WithAJsonErrorAndNoStackTrace() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/search", new SearchApi(request -> {
            throw new IllegalStateException("segment _3 is gone (at kb.search.Secret.method)");
        }));
        http.start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                            + http.getAddress().getPort() + "/api/search?q=upgrade"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(new ObjectMapper().readTree(r.body()).get("error").asText())
                    .isEqualTo("the search failed; see the server's log");
            assertThat(r.body())
                    .doesNotContain("segment")
                    .doesNotContain("kb.search")
                    .doesNotContain("Exception");
        } finally {
            http.stop(0);
        }
    }
}
