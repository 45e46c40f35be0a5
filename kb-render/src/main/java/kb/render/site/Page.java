package kb.render.site;

import java.util.List;
import java.util.Map;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import kb.render.view.FeedView;
import kb.render.view.HomeView;
import kb.render.view.ListView;
import kb.render.view.NavLink;
import kb.render.view.SiteView;
import kb.render.view.Span;

/**
 * One file of the site, planned: where it goes and exactly what it shows. Each kind is rendered by its own template
 * (or, for the manifest, as JSON), and a page's {@linkplain PageFingerprint fingerprint} is computed from its record,
 * so whatever a page shows is what tells whether it must be rendered again.
 *
 * <p>What an article's own file says (its title, sections, versions) is in the record as an {@link ArticleRef}: the
 * article's id and its file's fingerprint. The article is read when the page is rendered.
 */
public sealed interface Page {
    /** The file's path relative to the site's root: {@code kb/256/Q256211/index.html}. */
    String path();

    /** An article as its file has it: read when a page that shows it is rendered. */
    record ArticleRef(ArticleId id, long fingerprint) {}

    /**
     * An article's page: the article, and what the site around it adds (links to its products and keywords, the
     * articles citing it, related articles, its neighbours in its product, and what each id it mentions links to).
     */
    record ArticlePage(String path, SiteView site, ArticleRef article, ArticleContext context) implements Page {}

    /**
     * What an article page shows besides the article itself.
     *
     * @param products links to the article's product pages
     * @param keywords links to its keyword pages
     * @param breadcrumb home, then its first product
     * @param citedBy the articles that cite it
     * @param related related articles
     * @param previous the article before it in its first product, or null
     * @param next the article after it in its first product, or null
     * @param links what each id its text mentions links to (or a mark for an id not in the site)
     * @param files where each file of the content folder its links name is linked from its page (another article's
     *     page, or the published file); a file not in the map does not exist
     */
    record ArticleContext(
            List<NavLink> products,
            List<NavLink> keywords,
            List<NavLink> breadcrumb,
            List<NavLink> citedBy,
            List<NavLink> related,
            NavLink previous,
            NavLink next,
            Map<ArticleId, Span> links,
            Map<String, String> files) {}

    /** The home page. */
    record HomePage(String path, SiteView site, HomeView view) implements Page {}

    /**
     * One page of an index: products, keywords, years, A–Z, missing references. {@code madeFrom} is a fingerprint of
     * what its view is made from when the index knows one (else 0): it then stands for the view in the page's
     * fingerprint, so that a page whose entries are as they were is known without making its view.
     */
    record ListPage(String path, SiteView site, long madeFrom, ListView view) implements Page {
        /** The page as its fingerprint sees it when it knows what its view is made from: without the view. */
        public ListPage unmade() {
            return new ListPage(path, site, madeFrom, null);
        }
    }

    /** The search page. */
    record SearchPage(String path, SiteView site) implements Page {}

    /** The page servers show for a missing path. */
    record NotFoundPage(String path, SiteView site) implements Page {}

    /** The Atom feed of the most recently modified articles. */
    record FeedPage(String path, SiteView site, FeedView view) implements Page {}

    /** A sitemap, or one part of a sitemap split in parts. */
    record SitemapPage(String path, SiteView site, FeedView view) implements Page {}

    /** The sitemap index that lists a split sitemap's parts. */
    record SitemapIndexPage(String path, SiteView site, FeedView view) implements Page {}

    /** {@code robots.txt}. */
    record RobotsPage(String path, SiteView site, String baseUrl) implements Page {}

    /**
     * A file of the content folder that articles link to, published as it is: its path in the site, the file, and its
     * size and time (which tell when to copy it again).
     */
    record AssetFile(String path, String file, long size, long modified) implements Page {}

    /**
     * A page at a path an article was published at before, which sends the reader on to it: its path, the link to
     * the article from there, and the article's id and title.
     */
    record RedirectPage(String path, SiteView site, String href, String id, String title) implements Page {}

    /**
     * {@code articles.json}: for machines, one item per article (id, title, URL relative to the site's root, products,
     * date). {@code madeFrom} is a fingerprint of what the items show, which stands for the list in the page's
     * fingerprint: 57,000 items are folded once, not walked as records.
     */
    record ManifestPage(String path, long madeFrom, List<ArticleSummary> articles) implements Page {
        public ManifestPage {
            articles = List.copyOf(articles);
        }

        /** What a list of articles' items show, folded. */
        public static long madeFrom(List<ArticleSummary> articles) {
            return ArticleItems.of(articles).madeFrom();
        }

        /** The page as its fingerprint sees it: without its list. */
        public ManifestPage unmade() {
            return new ManifestPage(path, madeFrom, List.of());
        }
    }
}
