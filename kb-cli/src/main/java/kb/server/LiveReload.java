package kb.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Tells the pages open in browsers that the site was built again, for {@code kb serve}: {@code /_kb/events} is a
 * stream of server-sent events ({@code reload}, and {@code problems} with the last build's problems as text, empty
 * when there are none), and {@code /_kb/live.js} the script that listens to it, which the server adds to the pages
 * it serves. A built site never holds either.
 */
public final class LiveReload implements HttpHandler {
    /** Where pages find the script; the server adds it to every page it serves. */
    static final String SCRIPT = "/_kb/live.js";

    static final String EVENTS = "/_kb/events";

    /** What is added before a page's {@code </body>}. */
    static final String TAG = "<script src=\"" + SCRIPT + "\"></script>";

    private static final String END = "\u0000end";

    private final byte[] script;
    private final Set<LinkedBlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();
    private volatile String problems = "";

    LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("/kb/serve/live.js")) {
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells every open page to load again, after saying what problems the build found (empty for none). */
    public void built(String problemsFound) {
        problems = problemsFound;
        send(message("problems", problemsFound) + message("reload", ""));
    }

    /** How many pages listen. */
    public int listeners() {
        return listeners.size();
    }

    /** Ends every stream, so that the server can stop. */
    void close() {
        send(END);
    }

    private void send(String message) {
        listeners.forEach(q -> q.add(message));
    }

    private static String message(String event, String data) {
        StringBuilder b = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            b.append("data: ").append(line).append('\n');
        }
        return b.append('\n').toString();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(SCRIPT)) {
                Responses.send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            if (!path.equals(EVENTS)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
            listeners.add(queue);
            try (OutputStream out = exchange.getResponseBody()) {
                String message = problems.isEmpty() ? ": listening\n\n" : message("problems", problems);
                while (true) {
                    out.write(message.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    message = queue.take();
                    if (message.equals(END)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The page went away.
            } finally {
                listeners.remove(queue);
            }
        }
    }
}
