package kb.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** A search that fails inside the server answers 500 with a JSON error, and tells the client nothing of why. */
class SearchApiTest {
    @Test
    void aFailedSearchIsA500WithAJsonErrorAndNoStackTrace() throws Exception {
        SearchApi api = new SearchApi(request -> {
            throw new IllegalStateException("segment _3 is gone (at kb.search.Secret.method)");
        });
        Server http = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        http.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return api.handle(request, response, callback);
            }
        });
        http.start();
        int port = ((ServerConnector) http.getConnectors()[0]).getLocalPort();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=upgrade"))
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
            http.stop();
        }
    }
}
