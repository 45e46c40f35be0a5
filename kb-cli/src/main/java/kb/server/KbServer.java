package kb.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kb.render.view.Count;
import kb.search.KbSearcher;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local server: the built site's files, and {@code /api/search} over its index. Listens on loopback only unless
 * told otherwise. The searcher moves to a newer commit of the index within a second of a build making one. Requests
 * are handled on virtual threads; one the server cannot read gets a JSON error ({@link JsonErrors}).
 */
public final class KbServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KbServer.class.getPackageName());
    private static final long REFRESH_MILLIS = 1000;

    /**
     * The HTTP server's own records, below warnings (its version and each start and stop), are not the user's concern;
     * kept in a field so the level set stays set.
     */
    @SuppressWarnings("unused") // held, not read: a logger no one holds may be collected with its level
    private static final java.util.logging.Logger JETTY =
            quiet(java.util.logging.Logger.getLogger("org.eclipse.jetty"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        // Inside Maven the records go to Maven's own simple logger, which reads its levels from these properties.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        return logger;
    }

    /**
     * The most a request's line and headers may hold: room for the longest search (10,000 characters, each up to nine
     * bytes percent-encoded) and ordinary headers; beyond it, 414 or 431.
     */
    static final int MAX_HEAD = 128 * 1024;

    private final Server http;
    private final ServerConnector connector;
    private final KbSearcher searcher;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("kb-index-refresh").daemon().unstarted(r));

    private final Optional<LiveReload> live;

    private KbServer(Server http, ServerConnector connector, KbSearcher searcher, Optional<LiveReload> live) {
        this.http = http;
        this.connector = connector;
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
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("kb-serve");
        threads.setDaemon(true);
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server http = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(MAX_HEAD);
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(http, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(host.getHostAddress());
        connector.setPort(port);
        connector.setAcceptQueueSize(128);
        http.addConnector(connector);
        http.setErrorHandler(new JsonErrors());
        KbServer server =
                new KbServer(http, connector, searcher, live ? Optional.of(new LiveReload()) : Optional.empty());
        http.setHandler(new Routes(new SearchApi(searcher::search), server.live, new StaticFiles(site, live)));
        try {
            http.start();
        } catch (Exception e) {
            stopQuietly(http);
            searcher.close();
            if (e.getCause() instanceof java.net.BindException bind) {
                throw new java.net.BindException("port " + port + " on " + host.getHostAddress()
                        + " is in use or not this machine's (" + bind.getMessage()
                        + "): stop what uses it, or choose another with --port (0 picks a free one)");
            }
            throw e instanceof IOException io ? io : new IOException("the server could not start: " + e, e);
        }
        ScheduledFuture<?> unused = server.refresher.scheduleWithFixedDelay(
                server::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        return server;
    }

    /** Sends each request to what answers its path: the search API, the live reload stream, or the site's files. */
    private static final class Routes extends Handler.Abstract {
        private final SearchApi search;
        private final Optional<LiveReload> live;
        private final StaticFiles files;

        Routes(SearchApi search, Optional<LiveReload> live, StaticFiles files) {
            this.search = search;
            this.live = live;
            this.files = files;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getDecodedPath();
            if (path.equals("/api/search") || path.startsWith("/api/search/")) {
                return search.handle(request, response, callback);
            }
            if (live.isPresent() && path.startsWith("/_kb/")) {
                return live.get().handle(request, response, callback);
            }
            return files.handle(request, response, callback);
        }
    }

    private static void stopQuietly(Server http) {
        try {
            http.stop();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "stopping a server that did not start: {0}", e.toString());
        }
    }

    /** Moves the searcher to the index's newest commit; a commit that cannot be opened leaves the one in use. */
    private void refresh() {
        try {
            if (searcher.refresh()) {
                LOG.log(
                        Level.INFO,
                        "search now uses the index a build just made ({0})",
                        Count.of(searcher.size(), "article"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "could not open the index a build made; search goes on with the one before: {0}",
                    e.toString());
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Where this machine's browser finds the server: 127.0.0.1 when it listens there or on every address. */
    public String url() {
        InetAddress a = address();
        String host = a.isAnyLocalAddress() || a.isLoopbackAddress()
                ? "127.0.0.1"
                : a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        return "http://" + host + ":" + port() + "/";
    }

    /** Whether the server listens beyond this machine's loopback. */
    public boolean reachableFromOthers() {
        return !address().isLoopbackAddress();
    }

    private InetAddress address() {
        return new InetSocketAddress(connector.getHost(), port()).getAddress();
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
        try {
            http.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the server did not stop cleanly: {0}", e.toString());
        } finally {
            searcher.close();
        }
    }
}
