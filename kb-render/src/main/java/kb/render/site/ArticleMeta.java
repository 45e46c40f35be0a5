package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Reference;

/**
 * What the index pages and the other articles' pages need to know of an article, without its body. A build keeps
 * these between runs, so that a rebuild reads only the files that changed.
 *
 * @param id the id
 * @param title the title
 * @param source the source file, relative to the content folder
 * @param contentHash a hash of the source file's bytes
 * @param productCodes product codes
 * @param productNames product names
 * @param keywords keywords
 * @param modified the last-modified date, or null
 * @param modifiedWritten the date as written
 * @param cites the distinct ids the article mentions, in order
 */
public record ArticleMeta(
        ArticleId id,
        String title,
        String source,
        long contentHash,
        List<String> productCodes,
        List<String> productNames,
        List<String> keywords,
        LocalDate modified,
        String modifiedWritten,
        List<ArticleId> cites) {

    public ArticleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        productCodes = List.copyOf(productCodes);
        productNames = List.copyOf(productNames);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(modifiedWritten, "modifiedWritten");
        cites = List.copyOf(cites);
    }

    public static ArticleMeta of(Article a, long contentHash) {
        List<ArticleId> cites = new ArrayList<>();
        for (Reference r : a.references()) {
            if (!cites.contains(r.target())) {
                cites.add(r.target());
            }
        }
        return new ArticleMeta(a.id(), a.title(), a.source().path(), contentHash, a.productCodes(),
                a.productNames(), a.keywords(), a.modified().date(), a.modified().written(), cites);
    }

    /** The products this article is listed under: its codes, or for an article without codes its names. */
    public List<String> productKeys() {
        return productCodes.isEmpty() ? productNames : productCodes;
    }
}
