package kb.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/fixed", exchange -> {
            seen.add(exchange.getRequestURI().toString());
            byte[] body = "x".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 5; i++) {
                    out.write("y".repeat(9_000).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/close", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(200, 2);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("ok".getBytes(StandardCharsets.US_ASCII));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpConnection connection() {
        return new HttpConnection("127.0.0.1", server.getAddress().getPort());
    }

    @Test
    void readsWholeBodiesOfEveryKindOnOneConnection() throws IOException {
        try (HttpConnection c = connection()) {
            assertThat(c.get("/fixed?q=a%20b")).isEqualTo(200);
            assertThat(c.get("/chunked")).isEqualTo(200);
            assertThat(c.get("/missing")).isEqualTo(404);
            // Each body was read to its end: the next answer on the same connection is read from its start.
            assertThat(c.get("/fixed?q=c")).isEqualTo(200);
        }
        assertThat(seen).containsExactly("/fixed?q=a%20b", "/fixed?q=c");
    }

    @Test
    void reconnectsAfterTheServerCloses() throws IOException {
        try (HttpConnection c = connection()) {
            assertThat(c.get("/close")).isEqualTo(200);
            assertThat(c.get("/close")).isEqualTo(200);
            assertThat(c.get("/fixed")).isEqualTo(200);
        }
    }

    @Test
    void aServerThatHangsUpMidAnswerIsAnError() throws IOException {
        try (ServerSocket rude = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 2; i++) {
                    try (Socket s = rude.accept()) {
                        connections.incrementAndGet();
                        s.getInputStream().read(new byte[1024]);
                        s.getOutputStream()
                                .write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"
                                        .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            try (HttpConnection c = new HttpConnection("127.0.0.1", rude.getLocalPort())) {
                assertThatThrownBy(() -> c.get("/")).isInstanceOf(IOException.class);
                // The broken connection was dropped: the next request opens a new one.
                assertThatThrownBy(() -> c.get("/")).isInstanceOf(IOException.class);
            }
        }
        assertThat(connections).hasValue(2);
    }
}
