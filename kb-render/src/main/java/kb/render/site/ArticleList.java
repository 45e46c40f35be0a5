package kb.render.site;

import java.util.List;

/** {@code articles.json}: one item per article, for machines. */
public record ArticleList(List<Item> articles) {
    public ArticleList {
        articles = List.copyOf(articles);
    }

    /** An article: id, title, URL relative to the site's root, products, last-modified date. */
    public record Item(String id, String title, String url, List<String> products, String modified) {}
}
