package kb.cli.site;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;

/**
 * A folder served over HTTP by the JDK's plain static file server, as a static host would serve a published site, and
 * a headless Chromium with a fresh profile under {@code work} to read it.
 */
final class ServedSite implements AutoCloseable {
    private final HttpServer server;
    private final WebDriver browser;

    private ServedSite(HttpServer server, WebDriver browser) {
        this.server = server;
        this.browser = browser;
    }

    static ServedSite start(Path folder, Path work) throws IOException {
        HttpServer server = SimpleFileServer.createFileServer(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), folder, SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            return new ServedSite(server, Chromium.start(work));
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /** The served folder's address, ending in a slash. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    WebDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.stop(0);
        }
    }
}
