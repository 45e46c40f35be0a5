package kb.cli.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.search.SearchHit;
import kb.search.SearchRequest;
import kb.search.SearchResult;

/** A search's results as JSON objects take them: the same for {@code kb search --json} and {@code /api/search}. */
public final class ResultJson {
    private ResultJson() {}

    public static Map<String, Object> of(SearchRequest request, SearchResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", request.text());
        o.put("product", request.product());
        o.put("year", request.year());
        o.put("total", r.total());
        o.put("exactTotal", r.exactTotal());
        o.put("page", r.page());
        o.put("pageSize", r.pageSize());
        o.put("pages", (r.total() + r.pageSize() - 1) / r.pageSize());
        o.put("fuzzy", r.fuzzy());
        o.put("didYouMean", r.didYouMean());
        List<Map<String, Object>> hits = r.hits().stream().map(ResultJson::hit).toList();
        o.put("hits", hits);
        o.put("facets", Map.of("product", r.products(), "year", r.years(), "issueType", r.issueTypes()));
        return o;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", h.id());
        o.put("title", h.title());
        o.put("url", h.url());
        o.put("products", h.products());
        o.put("date", h.date());
        o.put("score", h.score());
        o.put("snippet", h.snippet());
        return o;
    }
}
