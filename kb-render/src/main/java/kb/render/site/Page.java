package kb.render.site;

import java.util.Objects;
import java.util.function.Function;
import kb.model.Article;
import kb.model.ArticleId;

/**
 * One file of the site, planned: its path, a fingerprint of everything it shows (so that a rebuild can skip a page
 * whose inputs did not change), the template that renders it, and how to make the data the template is given from
 * the articles (only done for the pages that are rendered). An article page's data is its {@link ArticleContext}; its body is read when
 * the page is rendered.
 */
public record Page(String path, long fingerprint, String template,
        Function<Function<ArticleId, Article>, Object> view, ArticleId article) {
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view");
    }

    public boolean isArticle() {
        return article != null;
    }
}
