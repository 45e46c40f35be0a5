package kb.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The local server: the built site's files, and {@code /api/search} over its index. Listens on loopback only. */
public final class KbServer implements AutoCloseable {
    static {
        // The JDK server writes a response's head and body apart; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed acknowledgement hold each small response back by tens of milliseconds.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final SearcherHolder searchers;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    private KbServer(HttpServer http, SearcherHolder searchers) {
        this.http = http;
        this.searchers = searchers;
    }

    /** Starts serving {@code site} with the index in {@code index}; port 0 picks a free one. */
    public static KbServer start(Path site, Path index, int port) throws IOException {
        SearcherHolder searchers = new SearcherHolder(index);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        KbServer server = new KbServer(http, searchers);
        http.createContext("/api/search", new SearchApi(searchers));
        http.createContext("/", new StaticFiles(site));
        http.setExecutor(server.workers);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public int articles() {
        return searchers.size();
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        workers.shutdownNow();
        searchers.close();
    }
}
