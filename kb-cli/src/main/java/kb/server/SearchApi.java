package kb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import kb.model.json.ArticleJson;
import kb.search.SearchRequest;
import kb.search.SearchResponse;
import kb.search.SearchResult;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * {@code GET /api/search?q=&product=&year=&page=}: search results as JSON. A bad request (no or empty {@code q}, a
 * {@code q} over 10,000 characters, a page that is not a number from 1 to 1,000, a malformed product or year) gets a
 * 400 with a JSON error; no stack trace ever leaves the server.
 */
final class SearchApi implements Request.Handler {
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 1000;

    private static final System.Logger LOG = System.getLogger(SearchApi.class.getPackageName());

    /** What answers a search: the server's searcher. */
    @FunctionalInterface
    interface Searches {
        SearchResult search(SearchRequest request) throws IOException;
    }

    /** JSON as the server writes it. */
    static final ObjectMapper JSON = markupSafe(ArticleJson.mapper());

    private final Searches searcher;

    /** JSON whose strings escape {@code < > & '}, so a response is inert even if it ends up inside HTML. */
    private static ObjectMapper markupSafe(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new com.fasterxml.jackson.core.io.CharacterEscapes() {
            private final int[] escapes = markup();

            private static int[] markup() {
                int[] e = com.fasterxml.jackson.core.io.CharacterEscapes.standardAsciiEscapesForJSON();
                for (char c : new char[] {'<', '>', '&', '\''}) {
                    e[c] = com.fasterxml.jackson.core.io.CharacterEscapes.ESCAPE_STANDARD;
                }
                return e;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
        return mapper;
    }

    SearchApi(Searches searcher) {
        this.searcher = searcher;
    }

    /** A request the API refuses, with the message the client gets. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!Responses.readOnly(request)) {
            send(request, response, callback, 405, Map.of("error", "use GET"));
            return true;
        }
        SearchRequest search;
        try {
            search = parse(request.getHttpURI().getQuery());
        } catch (BadRequest e) {
            send(request, response, callback, 400, Map.of("error", e.getMessage()));
            return true;
        }
        Object body;
        int status;
        try {
            SearchResult r = searcher.search(search);
            body = SearchResponse.of(search, r);
            status = 200;
        } catch (IOException | RuntimeException e) {
            body = Map.of("error", "the search failed; see the server's log");
            status = 500;
            LOG.log(Level.WARNING, "search for {0} failed: {1}", search, e.toString());
        }
        send(request, response, callback, status, body);
        return true;
    }

    static SearchRequest parse(String rawQuery) throws BadRequest {
        Map<String, String> params = params(rawQuery);
        String q = params.get("q");
        if (q == null || q.isBlank()) {
            throw new BadRequest("missing q: the text to search for");
        }
        if (q.length() > SearchRequest.MAX_TEXT) {
            throw new BadRequest("q is too long: at most " + SearchRequest.MAX_TEXT + " characters");
        }
        int page = 1;
        String p = params.getOrDefault("page", "").strip();
        if (!p.isEmpty()) {
            try {
                page = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new BadRequest("page must be a number from 1 to " + MAX_PAGE);
            }
            if (page < 1 || page > MAX_PAGE) {
                throw new BadRequest("page must be a number from 1 to " + MAX_PAGE);
            }
        }
        String product = params.getOrDefault("product", "").strip();
        if (product.length() > 100) {
            throw new BadRequest("product is too long");
        }
        String year = params.getOrDefault("year", "").strip();
        if (!year.isEmpty() && !year.matches("\\d{4}|undated")) {
            throw new BadRequest("year must be four digits");
        }
        return new SearchRequest(q, product, year, page, PAGE_SIZE);
    }

    /**
     * The query string's parameters, the first of each name, decoded as Jetty decodes a form: a malformed escape or
     * bytes that are not UTF-8 are refused rather than guessed at.
     */
    private static Map<String, String> params(String raw) throws BadRequest {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        try {
            UrlEncoded.decodeTo(raw, out::putIfAbsent, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new BadRequest("malformed percent-encoding in the query string: a % must be followed by two"
                    + " hexadecimal digits, and the bytes they give must be UTF-8");
        }
        return out;
    }

    private static void send(Request request, Response response, Callback callback, int status, Object body)
            throws IOException {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Responses.send(request, response, callback, status, JsonErrors.TYPE, JSON.writeValueAsBytes(body));
    }
}
