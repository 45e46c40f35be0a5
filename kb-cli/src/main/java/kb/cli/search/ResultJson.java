package kb.cli.search;

import java.util.List;
import kb.search.FacetCount;
import kb.search.SearchHit;
import kb.search.SearchRequest;
import kb.search.SearchResult;

/**
 * A search's results as JSON takes them, each component a key in this order: the same for {@code kb search --json}
 * and {@code /api/search}.
 */
public record ResultJson(String query, String product, String year, long total, boolean exactTotal, int page,
        int pageSize, long pages, boolean fuzzy, String didYouMean, List<SearchHit> hits, Facets facets) {

    /** The facet counts, for drill-down. */
    public record Facets(List<FacetCount> product, List<FacetCount> year, List<FacetCount> issueType) {}

    public static ResultJson of(SearchRequest request, SearchResult r) {
        return new ResultJson(request.text(), request.product(), request.year(), r.total(), r.exactTotal(), r.page(),
                r.pageSize(), (r.total() + r.pageSize() - 1) / r.pageSize(), r.fuzzy(), r.didYouMean(), r.hits(),
                new Facets(r.products(), r.years(), r.issueTypes()));
    }
}
