package kb.search;

import java.util.List;

/**
 * One result: the article's id, title, URL relative to the site, product codes and their names, date, score, and a snippet taken
 * preferably from its symptoms, as parts of which {@code hit} ones matched the query.
 */
public record SearchHit(
        String id,
        String title,
        String url,
        List<String> products,
        List<String> productNames,
        String date,
        float score,
        List<SnippetPart> snippet) {
    public SearchHit {
        products = List.copyOf(products);
        productNames = List.copyOf(productNames);
        snippet = List.copyOf(snippet);
    }

    /** A run of snippet text; {@code hit} when it matched the query. */
    public record SnippetPart(String text, boolean hit) {}
}
