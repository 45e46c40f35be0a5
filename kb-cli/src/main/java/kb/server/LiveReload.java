package kb.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Tells the pages open in browsers that the site was built again, for {@code kb serve}: {@code /_kb/events} is a
 * stream of server-sent events ({@code reload}, and {@code problems} with the last build's problems as text, empty
 * when there are none), and {@code /_kb/live.js} the script that listens to it, which the server adds to the pages
 * it serves. A built site never holds either.
 */
public final class LiveReload implements Request.Handler {
    /** Where pages find the script; the server adds it to every page it serves. */
    static final String SCRIPT = "/_kb/live.js";

    static final String EVENTS = "/_kb/events";

    /** What is added before a page's {@code </body>}. */
    static final String TAG = "<script src=\"" + SCRIPT + "\"></script>";

    private static final String END = "\u0000end";

    /**
     * How often a quiet stream gets a comment: it keeps the connection from the server's idle timeout and finds pages
     * that went away.
     */
    private static final long KEEP_ALIVE_SECONDS = 15;

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
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getDecodedPath();
        if (path.equals(SCRIPT)) {
            Responses.send(request, response, callback, 200, "text/javascript; charset=utf-8", script);
            return true;
        }
        if (!path.equals(EVENTS)) {
            Responses.empty(response, callback, 404);
            return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        OutputStream out = Content.Sink.asOutputStream(response);
        try {
            String message = problems.isEmpty() ? ": listening\n\n" : message("problems", problems);
            while (!message.equals(END)) {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                message = next == null ? ": still here\n\n" : next;
            }
            out.close();
            callback.succeeded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
        } catch (IOException e) {
            // The page went away.
            callback.failed(e);
        } finally {
            listeners.remove(queue);
        }
        return true;
    }
}
