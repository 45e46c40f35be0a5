package kb.search;

import java.util.List;

/**
 * The results of a search: how many matched (exactly, or at least that many when {@code exactTotal} is false), this
 * page of hits, facet counts for drill-down over the best {@code faceted} results, a better spelling when one finds
 * many more articles ("did you mean"), whether the results come from the typo-tolerant fallback, what the search
 * left out of a query too long for it (empty when nothing), and the name of the product the results are filtered to
 * (empty when none).
 */
public record SearchResult(
        long total,
        boolean exactTotal,
        int page,
        int pageSize,
        List<SearchHit> hits,
        List<FacetCount> products,
        List<FacetCount> years,
        List<FacetCount> issueTypes,
        int faceted,
        String didYouMean,
        boolean fuzzy,
        String notice,
        String productName) {
    public SearchResult {
        hits = List.copyOf(hits);
        products = List.copyOf(products);
        years = List.copyOf(years);
        issueTypes = List.copyOf(issueTypes);
    }
}
