package kb.model.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.IdScheme;
import kb.model.LinkTarget;
import kb.model.Links;
import kb.model.Reference;
import kb.model.Section;
import kb.model.io.Fingerprint;

/**
 * What the corpus knows of an article without its body: what index pages, feeds and other articles' pages show of it.
 * The corpus keeps these between runs, so that a rebuild reads only the files that changed.
 *
 * @param id the id
 * @param title the title
 * @param source the source file, relative to the content folder
 * @param fingerprint a fingerprint of the source file's bytes
 * @param productCodes product codes: as the file gives them in a saved state, with the codes learned from other
 *     articles in a {@link Corpus}
 * @param productNames product names
 * @param keywords keywords
 * @param modified the last-modified date, or null
 * @param modifiedWritten the date as written
 * @param cites the distinct ids the article mentions, in order
 * @param links the article's links and images to other articles by id and to files of the content folder, in order
 * @param draft whether the article is a draft, which a published site leaves out
 * @param aliases the site paths the article was at before, which lead to it now
 */
public record ArticleSummary(
        ArticleId id,
        String title,
        String source,
        long fingerprint,
        List<String> productCodes,
        List<String> productNames,
        List<String> keywords,
        LocalDate modified,
        String modifiedWritten,
        List<ArticleId> cites,
        List<SiteLink> links,
        boolean draft,
        List<String> aliases) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        productCodes = List.copyOf(productCodes);
        productNames = List.copyOf(productNames);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(modifiedWritten, "modifiedWritten");
        cites = List.copyOf(cites);
        links = List.copyOf(links);
        aliases = List.copyOf(aliases);
    }

    /** The summary of an article, its links read with the knowledge base's ids. */
    public static ArticleSummary of(Article a, long fingerprint, IdScheme ids) {
        List<ArticleId> cites = new ArrayList<>();
        for (Reference r : a.references()) {
            if (!cites.contains(r.target())) {
                cites.add(r.target());
            }
        }
        return new ArticleSummary(
                a.id(),
                a.title(),
                a.source().path(),
                fingerprint,
                a.productCodes(),
                a.productNames(),
                a.keywords(),
                a.modified().date(),
                a.modified().written(),
                cites,
                links(a, ids),
                a.authoring().draft(),
                a.authoring().aliases());
    }

    private static List<SiteLink> links(Article a, IdScheme ids) {
        List<SiteLink> out = new ArrayList<>();
        for (Section s : a.sections()) {
            for (Links.Linked l : Links.in(s.blocks())) {
                switch (l.resolve(a.source().path(), ids)) {
                    case LinkTarget.Article t -> out.add(new SiteLink(true, t.id().value(), l.line(), l.column()));
                    case LinkTarget.File f -> out.add(new SiteLink(false, f.path(), l.line(), l.column()));
                    default -> {}
                }
            }
        }
        return out;
    }

    /** The products this article is listed under: its codes, or for an article without codes its names. */
    public List<String> productKeys() {
        return Article.productKeys(productCodes, productNames);
    }

    /** The date to show: ISO when it is a date, else as written. */
    public String date() {
        return modified == null ? modifiedWritten : modified.toString();
    }

    /** Folds the {@linkplain #date() date shown} into a fingerprint without making its text: the day, else as written. */
    public Fingerprint addDate(Fingerprint f) {
        return modified == null ? f.add(modifiedWritten) : f.add(modified.toEpochDay());
    }

    ArticleSummary withProductCodes(List<String> codes) {
        return new ArticleSummary(
                id,
                title,
                source,
                fingerprint,
                codes,
                productNames,
                keywords,
                modified,
                modifiedWritten,
                cites,
                links,
                draft,
                aliases);
    }
}
