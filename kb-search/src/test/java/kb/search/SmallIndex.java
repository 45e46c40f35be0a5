package kb.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kb.model.Article;
import kb.model.parse.ArticleParser;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A few articles written for a test, indexed in memory. */
public final class SmallIndex {
    private static final ArticleParser PARSER = ArticleParser.create();

    private SmallIndex() {}

    /** A Markdown article with a title, symptoms and cause. */
    public static Article article(int id, String title, String symptoms, String cause) {
        String md =
                "---\nid: Q" + id + "\ntitle: \"" + title + "\"\nproducts: Acme Vault\nmodified: 2026-01-01\n---\n\n"
                        + "## Symptoms\n\n" + symptoms + "\n\n## Cause\n\n" + cause + "\n";
        return parsed(id, md);
    }

    /**
     * These articles and ten about something else (numbered from {@code others}), among which the words of the
     * articles are rare, as in an archive.
     */
    public static List<Article> amongOthers(int others, Article... articles) {
        List<Article> out = new ArrayList<>(List.of(articles));
        for (int i = 0; i < 10; i++) {
            out.add(article(
                    others + i,
                    "Printer " + i + " Stops After a Driver Update",
                    "The printer stops printing after its driver is updated.",
                    "The driver is not the printer's."));
        }
        return out;
    }

    /** A Markdown article as written, front matter and all. */
    public static Article parsed(int id, String md) {
        return PARSER.parse("Q" + id + ".md", md.getBytes(StandardCharsets.UTF_8))
                .article()
                .orElseThrow();
    }

    /** The ids of the articles a search answers, best first. */
    static List<String> ids(List<Article> articles, String query) throws IOException {
        return search(articles, query).hits().stream().map(SearchHit::id).toList();
    }

    /** What a search of the articles answers. */
    static SearchResult search(List<Article> articles, String query) throws IOException {
        try (KbSearcher searcher = KbSearcher.open(indexed(articles))) {
            return searcher.search(SearchRequest.of(query));
        }
    }

    /** The articles indexed in memory. */
    static ByteBuffersDirectory indexed(List<Article> articles) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (KbIndex index = KbIndex.open(directory, true)) {
            for (Article a : articles) {
                index.put(a, "kb/" + a.id() + "/");
            }
        }
        return directory;
    }
}
