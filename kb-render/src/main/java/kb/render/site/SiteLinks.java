package kb.render.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import kb.render.link.SitePaths;
import kb.render.view.EntryView;
import kb.render.view.NavLink;
import kb.render.view.SiteView;

/**
 * Where each page of a site is and how pages link to one another: the folders of the product and keyword indexes (a
 * slug each, made unique), the way up from a page to the site's root, and how an article shows in another page's
 * links and lists. The strings an article shows elsewhere are made once, so every page that lists or links it shares
 * them.
 */
final class SiteLinks {
    /** The page servers show for a missing path. */
    static final String NOT_FOUND = "404.html";

    private static final String GENERATOR = "kb";
    /** The way up from an archive article's page to the site's root. */
    private static final String ARTICLE_ROOT = root(SitePaths.articleFile(ArticleId.archive(0)));

    /**
     * An article as other pages show it: its id as written, its date, the text of a link to it ({@code Qnnn: title}),
     * its page's path from the site's root and from another article's page.
     */
    private record Shown(String id, String date, String link, String file, String fromArticle) {}

    private final String title;
    private final String language;
    private final Map<String, String> productPaths = new HashMap<>();
    /** The address the site is published at, when the build was given one. */
    private final Optional<String> published;

    private final Map<String, String> keywordPaths = new HashMap<>();
    /** Each article as shown, made the first time a page shows it: a build after a change shows few. */
    private final Map<ArticleId, Shown> shown = new ConcurrentHashMap<>();

    private final SiteModel model;
    /** The links from an article's page to each product and keyword index, by the index's folder. */
    private final Map<String, String> fromArticle = new HashMap<>();

    SiteLinks(SiteConfig config, SiteModel model) {
        this.title = config.title();
        this.language = config.language();
        this.published = config.published() ? Optional.of(config.baseUrl()) : Optional.empty();
        this.model = model;
        Map<String, Integer> used = new HashMap<>();
        model.products().keySet().forEach(k -> productPaths.put(k, unique("id/", SitePaths.slug(k), used)));
        model.keywords().keySet().forEach(k -> keywordPaths.put(k, unique("keyword/", SitePaths.slug(k), used)));
        productPaths.forEach((k, path) -> fromArticle.put(path, ARTICLE_ROOT + path + "index.html"));
        keywordPaths.forEach((k, path) -> fromArticle.put(path, ARTICLE_ROOT + path + "index.html"));
    }

    private static String unique(String prefix, String slug, Map<String, Integer> used) {
        int n = used.merge(prefix + slug, 1, Integer::sum);
        return prefix + (n == 1 ? slug : slug + "-" + n) + "/";
    }

    /**
     * What a page knows of the site. The 404 page is served at any depth, so its links start at the address the site
     * is published at; without one they are relative, right where it is served at the site's top (never from the
     * server's root, which breaks a site published under a sub-path).
     */
    SiteView site(String path) {
        String root = path.equals(NOT_FOUND) ? published.orElse(root(path)) : root(path);
        return new SiteView(title, root, path, GENERATOR, published.isPresent(), language);
    }

    /** The relative path from a page up to the root: {@code ../../../} for {@code kb/256/Q256211/index.html}. */
    static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The folder of a product's index, from the root: {@code id/sms/}. */
    String product(String key) {
        return productPaths.get(key);
    }

    /** The folder of a keyword's index, from the root: {@code keyword/kbsms200/}. */
    String keyword(String keyword) {
        String path = keywordPaths.get(keyword);
        return path != null ? path : keywordPaths.get(keyword.toLowerCase(Locale.ROOT));
    }

    /** The link to an index, given its folder from the root, from an article's page whose way up is {@code root}. */
    String fromArticle(String root, String folder) {
        return root.equals(ARTICLE_ROOT) ? fromArticle.get(folder) : root + folder + "index.html";
    }

    private Shown shown(ArticleId id) {
        return shown.computeIfAbsent(id, k -> {
            ArticleSummary m = model.get(k);
            String file = SitePaths.articleFile(k);
            return new Shown(k.value(), m.date(), k + ": " + m.title(), file, ARTICLE_ROOT + file);
        });
    }

    /** An article's page from a page whose way up to the root is {@code root}. */
    String articleHref(String root, ArticleId id) {
        Shown a = shown(id);
        return root.equals(ARTICLE_ROOT) ? a.fromArticle() : root + a.file();
    }

    /** A link to an article, {@code Qnnn: title}. */
    NavLink articleLink(String root, ArticleSummary m) {
        return new NavLink(articleHref(root, m.id()), shown(m.id()).link(), "");
    }

    /** An article as a line of a list: its id, a link, its title and date. */
    EntryView entry(String root, ArticleSummary m) {
        Shown a = shown(m.id());
        return new EntryView(a.id(), articleHref(root, m.id()), m.title(), a.date(), List.of());
    }

    /** An article's date as shown: ISO when it is a date, else as written. */
    String date(ArticleId id) {
        return shown(id).date();
    }
}
