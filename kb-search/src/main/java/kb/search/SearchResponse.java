package kb.search;

import java.util.List;

/**
 * A search's results as JSON takes them, each component a key in this order: the same for {@code kb search --json}
 * and {@code /api/search}.
 */
public record SearchResponse(
        String query,
        String product,
        String productName,
        String year,
        long total,
        boolean exactTotal,
        int page,
        int pageSize,
        long pages,
        boolean fuzzy,
        String didYouMean,
        String notice,
        List<SearchHit> hits,
        Facets facets) {

    /**
     * The facet counts, for drill-down, over the best {@code counted} results: when there are more results than that,
     * each count is how many at least.
     */
    public record Facets(int counted, List<FacetCount> product, List<FacetCount> year, List<FacetCount> issueType) {}

    public static SearchResponse of(SearchRequest request, SearchResult r) {
        return new SearchResponse(
                request.text(),
                request.product(),
                r.productName(),
                request.year(),
                r.total(),
                r.exactTotal(),
                r.page(),
                r.pageSize(),
                (r.total() + r.pageSize() - 1) / r.pageSize(),
                r.fuzzy(),
                r.didYouMean(),
                r.notice(),
                r.hits(),
                new Facets(r.faceted(), r.products(), r.years(), r.issueTypes()));
    }
}
