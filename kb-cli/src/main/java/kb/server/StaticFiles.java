package kb.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the built site's files. Paths are decoded and normalized, and anything that would leave the site, or that names
 * a hidden file, is refused; a folder serves its {@code index.html}; a missing file gets the site's 404 page.
 */
final class StaticFiles implements Request.Handler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"));

    private final Path root;
    /** Whether pages get the live reload script. */
    private final boolean live;

    StaticFiles(Path root, boolean live) {
        this.root = root.toAbsolutePath().normalize();
        this.live = live;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!Responses.readOnly(request)) {
            Responses.empty(response, callback, 405);
            return true;
        }
        Path file = resolve(request.getHttpURI().getDecodedPath());
        if (file == null) {
            Responses.send(
                    request,
                    response,
                    callback,
                    403,
                    "text/plain; charset=utf-8",
                    "Forbidden\n".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (Files.isDirectory(file)) {
            String raw = request.getHttpURI().getPath();
            if (!raw.endsWith("/")) {
                response.getHeaders().put(HttpHeader.LOCATION, raw + "/");
                Responses.empty(response, callback, 301);
                return true;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound)
                    ? Files.readAllBytes(notFound)
                    : "Not found\n".getBytes(StandardCharsets.UTF_8);
            Responses.send(request, response, callback, 404, TYPES.get("html"), page(body));
            return true;
        }
        String type = type(file);
        byte[] body = Files.readAllBytes(file);
        Responses.send(request, response, callback, 200, type, type.equals(TYPES.get("html")) ? page(body) : body);
        return true;
    }

    /** A page as served: with the live reload script before its end when the server reloads pages. */
    private byte[] page(byte[] html) {
        if (!live) {
            return html;
        }
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        String tagged = end < 0 ? text + LiveReload.TAG : text.substring(0, end) + LiveReload.TAG + text.substring(end);
        return tagged.getBytes(StandardCharsets.UTF_8);
    }

    /** The file a request names, or null when it would leave the site or names a hidden file. */
    Path resolve(String path) {
        if (path == null || path.contains("\0") || path.contains("\\")) {
            return null;
        }
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return null;
            }
        }
        return file;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
