package kb.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kb.search.KbSearcher;

/**
 * The local server: the built site's files, and {@code /api/search} over its index. Listens on loopback only. The
 * searcher moves to a newer commit of the index within a second of a build making one.
 */
public final class KbServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KbServer.class.getPackageName());
    private static final long REFRESH_MILLIS = 1000;

    static {
        // The JDK server writes a response's head and body apart; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed acknowledgement hold each small response back by tens of milliseconds.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final KbSearcher searcher;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("kb-index-refresh").daemon().unstarted(r));

    private final Optional<LiveReload> live;

    private KbServer(HttpServer http, KbSearcher searcher, Optional<LiveReload> live) {
        this.http = http;
        this.searcher = searcher;
        this.live = live;
    }

    /** Starts serving {@code site} with the index in {@code index} on 127.0.0.1; port 0 picks a free one. */
    public static KbServer start(Path site, Path index, int port) throws IOException {
        return start(site, index, InetAddress.getLoopbackAddress(), port);
    }

    /** Starts serving {@code site} with the index in {@code index} on an address of this machine. */
    public static KbServer start(Path site, Path index, InetAddress host, int port) throws IOException {
        return start(site, index, host, port, false);
    }

    /**
     * Starts serving {@code site} with the index in {@code index} on an address of this machine; with {@code live},
     * the pages it serves load again when told the site was built again ({@link #live()}).
     */
    public static KbServer start(Path site, Path index, InetAddress host, int port, boolean live) throws IOException {
        KbSearcher searcher = KbSearcher.openForServer(index);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (java.net.BindException e) {
            searcher.close();
            throw new java.net.BindException("port " + port + " on " + host.getHostAddress() + " is in use or not"
                    + " this machine's (" + e.getMessage()
                    + "): stop what uses it, or choose another with --port (0 picks a free one)");
        } catch (IOException e) {
            searcher.close();
            throw e;
        }
        KbServer server = new KbServer(http, searcher, live ? Optional.of(new LiveReload()) : Optional.empty());
        http.createContext("/api/search", new SearchApi(searcher::search));
        server.live.ifPresent(l -> http.createContext("/_kb/", l));
        http.createContext("/", new StaticFiles(site, live));
        http.setExecutor(server.workers);
        http.start();
        ScheduledFuture<?> unused = server.refresher.scheduleWithFixedDelay(
                server::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        return server;
    }

    /** Moves the searcher to the index's newest commit; a commit that cannot be opened leaves the one in use. */
    private void refresh() {
        try {
            if (searcher.refresh()) {
                LOG.log(Level.INFO, "search now uses the index a build just made ({0} articles)", searcher.size());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "could not open the index a build made; search goes on with the one before: {0}",
                    e.toString());
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Where this machine's browser finds the server: 127.0.0.1 when it listens there or on every address. */
    public String url() {
        InetAddress a = http.getAddress().getAddress();
        String host = a.isAnyLocalAddress() || a.isLoopbackAddress()
                ? "127.0.0.1"
                : a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        return "http://" + host + ":" + port() + "/";
    }

    /** Whether the server listens beyond this machine's loopback. */
    public boolean reachableFromOthers() {
        return !http.getAddress().getAddress().isLoopbackAddress();
    }

    /** What tells open pages to load again, when the server was started with it. */
    public Optional<LiveReload> live() {
        return live;
    }

    public int articles() throws IOException {
        return searcher.size();
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        live.ifPresent(LiveReload::close);
        http.stop(0);
        workers.shutdownNow();
        searcher.close();
    }
}
