package kb.search;

import java.util.Objects;

/**
 * A search as a user asks it: free text (a sentence, keywords, a pasted error message; quoted phrases,
 * {@code -word} to exclude and {@code product:code} to filter are understood), optional product and year filters,
 * and which page of results.
 */
public record SearchRequest(String text, String product, String year, int page, int pageSize) {
    /** Longer text is cut: the first part of a pasted log says what it is. */
    public static final int MAX_TEXT = 10_000;

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        product = product == null ? "" : product.strip();
        year = year == null ? "" : year.strip();
        if (page < 1 || pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page must be at least 1 and pageSize from 1 to 100");
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, "", "", 1, 10);
    }
}
