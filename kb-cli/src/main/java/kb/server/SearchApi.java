package kb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import kb.model.json.ArticleJson;
import kb.search.SearchRequest;
import kb.search.SearchResponse;
import kb.search.SearchResult;

/**
 * {@code GET /api/search?q=&product=&year=&page=}: search results as JSON. A bad request (no or empty {@code q}, a
 * {@code q} over 10,000 characters, a page that is not a number from 1 to 1,000, a malformed product or year) gets a
 * 400 with a JSON error; no stack trace ever leaves the server.
 */
final class SearchApi implements HttpHandler {
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 1000;

    private static final System.Logger LOG = System.getLogger(SearchApi.class.getPackageName());

    /** What answers a search: the server's searcher. */
    @FunctionalInterface
    interface Searches {
        SearchResult search(SearchRequest request) throws IOException;
    }

    private final Searches searcher;
    private final ObjectMapper json = markupSafe(ArticleJson.mapper());

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
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, Map.of("error", "use GET"));
                return;
            }
            SearchRequest request;
            try {
                request = parse(exchange.getRequestURI().getRawQuery());
            } catch (BadRequest e) {
                send(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            try {
                SearchResult r = searcher.search(request);
                send(exchange, 200, SearchResponse.of(request, r));
            } catch (IOException | RuntimeException e) {
                send(exchange, 500, Map.of("error", "the search failed; see the server's log"));
                LOG.log(Level.WARNING, "search for {0} failed: {1}", request, e.toString());
            }
        }
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

    private static Map<String, String> params(String raw) throws BadRequest {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("malformed query string");
            }
        }
        return out;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Responses.send(exchange, status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }
}
