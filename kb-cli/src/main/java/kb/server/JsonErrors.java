package kb.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the server answers when a request cannot be read or handled: a JSON error with a message, like the search API's
 * own, and never a stack trace. Requests the server cannot parse (a malformed address or percent-encoding, an address
 * or headers too large) end here.
 */
final class JsonErrors extends ErrorHandler {
    static final String TYPE = "application/json; charset=utf-8";

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        byte[] body = body(status);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * The error for a status, in words of kb's own: the server's reasons can quote the request back, and say more of
     * its insides than a client needs.
     */
    static byte[] body(int status) {
        try {
            return SearchApi.JSON.writeValueAsBytes(Map.of("error", message(status)));
        } catch (JsonProcessingException e) {
            return "{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    static String message(int status) {
        return switch (status) {
            case HttpStatus.BAD_REQUEST_400 ->
                "bad request: the address or a header could not be read (malformed percent-encoding or characters"
                        + " an address cannot hold)";
            case HttpStatus.URI_TOO_LONG_414 ->
                "the address is too long: a search's q holds at most " + kb.search.SearchRequest.MAX_TEXT
                        + " characters";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
                "the request's headers are too large: at most " + KbServer.MAX_HEAD / 1024 + " KB";
            case HttpStatus.NOT_FOUND_404 -> "not found";
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> "use GET";
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield status >= 500
                        ? "the server could not answer; see its log"
                        : reason.toLowerCase(java.util.Locale.ROOT);
            }
        };
    }
}
