package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Blocks;
import kb.model.corpus.ArticleSummary;
import kb.render.link.SitePaths;
import kb.render.site.Page.ArticleContext;
import kb.render.site.Page.ArticleRef;
import kb.render.view.EntryView;
import kb.render.view.FeedView;
import kb.render.view.HomeView;
import kb.render.view.ListView;
import kb.render.view.NavLink;
import kb.render.view.SiteView;
import kb.render.view.Span;

/**
 * Plans every file of a site from its model: the home page, one page per article, the product, keyword, year, A–Z
 * and missing-reference indexes (paginated), the search and 404 pages, the feed, the sitemap, {@code robots.txt} and
 * {@code articles.json}, each a {@link Page} record of what it shows.
 *
 * <p>The plan is a list of pages to make: each record is made when it is asked for, so that a build holds the links of
 * the pages it is working on, not those of the whole site at once.
 */
public final class SitePlanner {
    /** The sitemap protocol allows at most this many URLs in one file. */
    public static final int SITEMAP_LIMIT = 50_000;
    /** The page servers show for a missing path. */
    public static final String NOT_FOUND = "404.html";

    private static final String GENERATOR = "kb";
    private static final int SUMMARY_LENGTH = 240;
    /** The way up from an article's page to the site's root. */
    private static final String ARTICLE_ROOT = root(SitePaths.articleFile(new ArticleId(0)));

    private final SiteConfig config;
    private final SiteModel model;
    private final Function<ArticleId, List<ArticleId>> related;
    private final Function<ArticleId, Optional<Article>> articles;
    private final int sitemapLimit;
    private final Map<String, String> productPaths = new HashMap<>();
    private final Map<String, String> keywordPaths = new HashMap<>();
    /** How each article shows on other pages, made once: every page that lists or links it uses the same strings. */
    private final Map<ArticleId, Shown> shown = new HashMap<>();
    /** The links from an article's page to each product and keyword index, by the index's folder. */
    private final Map<String, String> fromArticle = new HashMap<>();

    /**
     * An article as other pages show it: its id as written, its date, the text of a link to it ({@code Qnnn: title}),
     * its page's path from the site's root and from another article's page.
     */
    private record Shown(String id, String date, String link, String file, String fromArticle) {}

    /**
     * @param related the related articles of each article, best first
     * @param articles the whole articles, for what pages other than their own show of them (the feed's summaries)
     */
    public SitePlanner(
            SiteConfig config,
            SiteModel model,
            Function<ArticleId, List<ArticleId>> related,
            Function<ArticleId, Optional<Article>> articles) {
        this(config, model, related, articles, SITEMAP_LIMIT);
    }

    /** A planner that splits the sitemap at {@code sitemapLimit} URLs a file instead of the protocol's limit. */
    SitePlanner(
            SiteConfig config,
            SiteModel model,
            Function<ArticleId, List<ArticleId>> related,
            Function<ArticleId, Optional<Article>> articles,
            int sitemapLimit) {
        this.config = config;
        this.model = model;
        this.related = related;
        this.articles = articles;
        this.sitemapLimit = sitemapLimit;
        for (ArticleSummary m : model.articles()) {
            String file = SitePaths.articleFile(m.id());
            shown.put(
                    m.id(), new Shown(m.id().value(), m.date(), m.id() + ": " + m.title(), file, ARTICLE_ROOT + file));
        }
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

    /** Every page of the site, in a stable order, each made when asked for. */
    public List<Supplier<Page>> plan() {
        List<Supplier<Page>> pages = new ArrayList<>(model.size() + 1000);
        pages.add(this::home);
        for (ArticleSummary m : model.articles()) {
            pages.add(() -> article(m));
        }
        products(pages);
        keywords(pages);
        years(pages);
        letters(pages);
        missing(pages);
        pages.add(() -> new Page.SearchPage("search/index.html", site("search/index.html")));
        pages.add(() -> new Page.NotFoundPage(NOT_FOUND, site(NOT_FOUND)));
        pages.add(this::feed);
        sitemaps(pages);
        pages.add(() -> new Page.RobotsPage("robots.txt", site("robots.txt"), config.baseUrl()));
        pages.add(this::manifest);
        return pages;
    }

    /** What a page knows of the site. The 404 page is served at any depth, so its links start at the root. */
    private SiteView site(String path) {
        return new SiteView(config.title(), path.equals(NOT_FOUND) ? "/" : root(path), path, GENERATOR);
    }

    /** The relative path from a page up to the root: {@code ../../../} for {@code kb/256/Q256211/index.html}. */
    public static String root(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    private static ArticleRef ref(ArticleSummary m) {
        return new ArticleRef(m.id(), m.fingerprint());
    }

    private String articleHref(String root, ArticleId id) {
        Shown a = shown.get(id);
        return root.equals(ARTICLE_ROOT) ? a.fromArticle() : root + a.file();
    }

    private NavLink articleLink(String root, ArticleSummary m) {
        return new NavLink(articleHref(root, m.id()), shown.get(m.id()).link(), "");
    }

    private EntryView entry(String root, ArticleSummary m) {
        Shown a = shown.get(m.id());
        return new EntryView(a.id(), articleHref(root, m.id()), m.title(), a.date(), List.of());
    }

    // ---- home

    private Page home() {
        List<NavLink> products = model.products().values().stream()
                .map(p -> new NavLink(
                        productPaths.get(p.key()) + "index.html",
                        p.name(),
                        String.format("%,d", p.articles().size())))
                .toList();
        List<EntryView> recent = model.recent().stream().map(m -> entry("", m)).toList();
        List<NavLink> indexes = List.of(
                NavLink.of("id/index.html", "Products"),
                NavLink.of("keyword/index.html", "Keywords"),
                NavLink.of("year/index.html", "By year"),
                NavLink.of("az/index.html", "A\u2013Z"),
                NavLink.of("missing/index.html", "Missing references"));
        return new Page.HomePage(
                "index.html", site("index.html"), new HomeView(model.size(), products, recent, indexes));
    }

    // ---- articles

    private Page article(ArticleSummary m) {
        String path = SitePaths.articleFile(m.id());
        String root = root(path);
        List<NavLink> products = new ArrayList<>();
        for (String key : m.productKeys()) {
            products.add(NavLink.of(
                    fromArticle.get(productPaths.get(key)),
                    model.products().get(key).name()));
        }
        List<NavLink> keywords = m.keywords().stream()
                .map(k -> NavLink.of(fromArticle.get(keywordPath(k)), k))
                .toList();
        List<NavLink> breadcrumb = new ArrayList<>();
        breadcrumb.add(NavLink.of(root + "index.html", "Home"));
        NavLink previous = null;
        NavLink next = null;
        if (!m.productKeys().isEmpty()) {
            String key = m.productKeys().get(0);
            SiteModel.Product p = model.products().get(key);
            breadcrumb.add(NavLink.of(fromArticle.get(productPaths.get(key)), p.name()));
            int at = indexOf(p.articles(), m.id());
            if (at > 0) {
                previous = articleLink(root, p.articles().get(at - 1));
            }
            if (at >= 0 && at + 1 < p.articles().size()) {
                next = articleLink(root, p.articles().get(at + 1));
            }
        }
        List<NavLink> citedBy = model.citedBy(m.id()).stream()
                .map(id -> articleLink(root, model.get(id)))
                .toList();
        List<NavLink> relatedLinks = related.apply(m.id()).stream()
                .filter(model::contains)
                .map(id -> articleLink(root, model.get(id)))
                .toList();
        Map<ArticleId, Span> links = new LinkedHashMap<>();
        for (ArticleId t : m.cites()) {
            ArticleSummary target = model.get(t);
            links.put(t, target == null ? Span.missing() : new Span("link", "", articleHref(root, t), target.title()));
        }
        links.put(m.id(), new Span("link", "", "index.html", m.title()));
        return new Page.ArticlePage(
                path,
                site(path),
                ref(m),
                new ArticleContext(products, keywords, breadcrumb, citedBy, relatedLinks, previous, next, links));
    }

    private String keywordPath(String keyword) {
        String path = keywordPaths.get(keyword);
        return path != null ? path : keywordPaths.get(keyword.toLowerCase(Locale.ROOT));
    }

    private static int indexOf(List<ArticleSummary> sorted, ArticleId id) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = sorted.get(mid).id().compareTo(id);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    // ---- indexes

    /** An index's entries: how many, and how to show the i-th on a page whose links start at {@code root}. */
    private interface Entries {
        int size();

        EntryView view(String root, int i);
    }

    private Entries articles(List<ArticleSummary> list) {
        return new Entries() {
            @Override
            public int size() {
                return list.size();
            }

            @Override
            public EntryView view(String root, int i) {
                return entry(root, list.get(i));
            }
        };
    }

    /** Entries whose links are given from the site's root. */
    private static Entries fromRoot(List<EntryView> list) {
        return new Entries() {
            @Override
            public int size() {
                return list.size();
            }

            @Override
            public EntryView view(String root, int i) {
                EntryView e = list.get(i);
                return new EntryView(
                        e.id(),
                        e.href().isEmpty() ? "" : root + e.href(),
                        e.title(),
                        e.date(),
                        relative(root, e.links()));
            }
        };
    }

    /** One index, cut into pages of the configured size: {@code dir/index.html}, {@code dir/page/2/index.html}, ... */
    private void paginated(
            List<Supplier<Page>> out,
            String dir,
            String heading,
            String intro,
            List<NavLink> groupLinks,
            List<NavLink> crumbs,
            Entries entries) {
        int size = config.pageSize();
        int count = entries.size();
        int pages = Math.max(1, (count + size - 1) / size);
        for (int p = 1; p <= pages; p++) {
            String path = dir + (p == 1 ? "" : "page/" + p + "/") + "index.html";
            int from = (p - 1) * size;
            int to = Math.min(count, p * size);
            int page = p;
            out.add(() -> new Page.ListPage(
                    path,
                    site(path),
                    listView(dir, path, page, pages, from, to, heading, intro, groupLinks, crumbs, entries)));
        }
    }

    private ListView listView(
            String dir,
            String path,
            int p,
            int pages,
            int from,
            int to,
            String heading,
            String intro,
            List<NavLink> groupLinks,
            List<NavLink> crumbs,
            Entries entries) {
        String root = root(path);
        List<EntryView> shown = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            shown.add(entries.view(root, i));
        }
        List<NavLink> pageLinks = new ArrayList<>();
        if (pages > 1) {
            for (int q = 1; q <= pages; q++) {
                pageLinks.add(NavLink.of(q == p ? "" : pageHref(root, dir, q), Integer.toString(q)));
            }
        }
        NavLink previous = p > 1 ? NavLink.of(pageHref(root, dir, p - 1), "Previous") : null;
        NavLink next = p < pages ? NavLink.of(pageHref(root, dir, p + 1), "Next") : null;
        String title = pages > 1 ? heading + " (page " + p + " of " + pages + ")" : heading;
        return new ListView(
                title, intro, shown, relative(root, groupLinks), pageLinks, previous, next, relative(root, crumbs));
    }

    private static String pageHref(String root, String dir, int page) {
        return root + dir + (page == 1 ? "" : "page/" + page + "/") + "index.html";
    }

    /** Links given from the root, made relative to a page. */
    private static List<NavLink> relative(String root, List<NavLink> fromRoot) {
        return fromRoot.stream()
                .map(l -> new NavLink(l.href().isEmpty() ? "" : root + l.href(), l.text(), l.note()))
                .toList();
    }

    private static List<NavLink> crumbs(NavLink... more) {
        List<NavLink> out = new ArrayList<>();
        out.add(NavLink.of("index.html", "Home"));
        out.addAll(List.of(more));
        return out;
    }

    private void products(List<Supplier<Page>> out) {
        List<EntryView> all = model.products().values().stream()
                .map(p -> new EntryView(
                        p.key(),
                        productPaths.get(p.key()) + "index.html",
                        p.name(),
                        String.format("%,d articles", p.articles().size()),
                        List.of()))
                .toList();
        paginated(
                out,
                "id/",
                "Products",
                "Every product with articles in this knowledge base.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("id/index.html", "Products"));
        for (SiteModel.Product p : model.products().values()) {
            paginated(
                    out,
                    productPaths.get(p.key()),
                    p.name(),
                    String.format("%,d articles about %s, by id.", p.articles().size(), p.name()),
                    List.of(),
                    crumbs,
                    articles(p.articles()));
        }
    }

    private void keywords(List<Supplier<Page>> out) {
        List<EntryView> all = model.keywords().entrySet().stream()
                .map(e -> new EntryView(
                        "",
                        keywordPaths.get(e.getKey()) + "index.html",
                        e.getValue().name(),
                        String.format("%,d articles", e.getValue().articles().size()),
                        List.of()))
                .toList();
        paginated(
                out,
                "keyword/",
                "Keywords",
                "Every keyword, with the number of articles that have it.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("keyword/index.html", "Keywords"));
        for (Map.Entry<String, SiteModel.Keyword> e : model.keywords().entrySet()) {
            SiteModel.Keyword k = e.getValue();
            paginated(
                    out,
                    keywordPaths.get(e.getKey()),
                    "Keyword " + k.name(),
                    String.format(
                            "%,d articles with the keyword %s, by id.",
                            k.articles().size(), k.name()),
                    List.of(),
                    crumbs,
                    articles(k.articles()));
        }
    }

    private void years(List<Supplier<Page>> out) {
        List<NavLink> groups = model.years().entrySet().stream()
                .map(e -> new NavLink(
                        "year/" + e.getKey() + "/index.html",
                        e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of()))
                .toList();
        paginated(
                out,
                "year/",
                "Articles by year",
                "Articles by the year they were last modified.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("year/index.html", "By year"));
        for (Map.Entry<String, List<ArticleSummary>> e : model.years().entrySet()) {
            String heading = e.getKey().equals(SiteModel.UNDATED)
                    ? "Articles without a date"
                    : "Articles last modified in " + e.getKey();
            paginated(
                    out,
                    "year/" + e.getKey() + "/",
                    heading,
                    String.format("%,d articles, by id.", e.getValue().size()),
                    groups,
                    crumbs,
                    articles(e.getValue()));
        }
    }

    private void letters(List<Supplier<Page>> out) {
        List<NavLink> groups = model.letters().entrySet().stream()
                .map(e -> new NavLink(
                        "az/" + e.getKey() + "/index.html",
                        e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of()))
                .toList();
        paginated(
                out,
                "az/",
                "Articles A\u2013Z",
                "Articles by the first letter of their title.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("az/index.html", "A\u2013Z"));
        for (Map.Entry<String, List<ArticleSummary>> e : model.letters().entrySet()) {
            paginated(
                    out,
                    "az/" + e.getKey() + "/",
                    "Titles starting with " + e.getKey(),
                    String.format("%,d articles, by title.", e.getValue().size()),
                    groups,
                    crumbs,
                    articles(e.getValue()));
        }
    }

    private void missing(List<Supplier<Page>> out) {
        List<EntryView> all = new ArrayList<>();
        for (Map.Entry<ArticleId, List<ArticleId>> e : model.missing().entrySet()) {
            List<NavLink> citing = e.getValue().stream()
                    .map(id -> NavLink.of(
                            SitePaths.articleFile(id), id + ": " + model.get(id).title()))
                    .toList();
            all.add(new EntryView(
                    e.getKey().value(),
                    "",
                    "not in this archive",
                    String.format("cited by %,d", citing.size()),
                    citing));
        }
        paginated(
                out,
                "missing/",
                "Missing references",
                String.format(
                        "%,d articles are cited by articles of this knowledge base but are not in it.", all.size()),
                List.of(),
                crumbs(),
                fromRoot(all));
    }

    // ---- feed, sitemap, articles.json

    /** The feed; an entry whose article cannot be read has no summary this time. */
    private Page feed() {
        List<ArticleSummary> recent =
                model.recent().stream().limit(config.feedSize()).toList();
        List<FeedView.FeedEntry> entries = recent.stream()
                .map(m -> new FeedView.FeedEntry(
                        config.baseUrl() + SitePaths.articleDir(m.id()),
                        config.baseUrl() + SitePaths.articleDir(m.id()),
                        m.id() + ": " + m.title(),
                        timestamp(m.modified()),
                        articles.apply(m.id()).map(SitePlanner::summary).orElse("")))
                .toList();
        String updated = recent.isEmpty()
                ? timestamp(LocalDate.EPOCH)
                : timestamp(recent.get(0).modified());
        return new Page.FeedPage("feed.xml", site("feed.xml"), new FeedView(config.baseUrl(), updated, entries));
    }

    /** The start of an article's first section, cut at a word: a feed entry's summary. */
    static String summary(Article a) {
        String text = Blocks.plainText(a.sections().get(0).blocks()).replace('\n', ' ');
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "\u2026";
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** The sitemap: one file, or parts of at most the limit's URLs and an index of them. */
    private void sitemaps(List<Supplier<Page>> out) {
        List<String> paths = new ArrayList<>();
        List<ArticleSummary> articles = new ArrayList<>(model.articles());
        List<String> products = model.products().values().stream()
                .map(p -> productPaths.get(p.key()))
                .toList();
        int urls = 1 + articles.size() + products.size();
        // URL i of the sitemap: the home page, then every article, then every product.
        IntFunction<FeedView.FeedEntry> url = i -> {
            if (i == 0) {
                return new FeedView.FeedEntry(config.baseUrl(), "", "", "", "");
            }
            if (i <= articles.size()) {
                ArticleSummary m = articles.get(i - 1);
                return new FeedView.FeedEntry(
                        config.baseUrl() + SitePaths.articleDir(m.id()),
                        "",
                        "",
                        m.modified() == null ? "" : shown.get(m.id()).date(),
                        "");
            }
            return new FeedView.FeedEntry(config.baseUrl() + products.get(i - 1 - articles.size()), "", "", "", "");
        };
        if (urls <= sitemapLimit) {
            out.add(() -> new Page.SitemapPage(
                    "sitemap.xml", site("sitemap.xml"), new FeedView(config.baseUrl(), "", range(url, 0, urls))));
            return;
        }
        for (int i = 0, n = 1; i < urls; i += sitemapLimit, n++) {
            String name = "sitemap-" + n + ".xml";
            int from = i;
            int to = Math.min(urls, i + sitemapLimit);
            out.add(() ->
                    new Page.SitemapPage(name, site(name), new FeedView(config.baseUrl(), "", range(url, from, to))));
            paths.add(name);
        }
        out.add(() -> new Page.SitemapIndexPage(
                "sitemap.xml",
                site("sitemap.xml"),
                new FeedView(
                        config.baseUrl(),
                        "",
                        paths.stream()
                                .map(f -> new FeedView.FeedEntry(config.baseUrl() + f, "", "", "", ""))
                                .toList())));
    }

    private static List<FeedView.FeedEntry> range(IntFunction<FeedView.FeedEntry> url, int from, int to) {
        List<FeedView.FeedEntry> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(url.apply(i));
        }
        return out;
    }

    private Page manifest() {
        return new Page.ManifestPage(
                "articles.json",
                new ArticleList(model.articles().stream()
                        .map(m -> new ArticleList.Item(
                                m.id().value(), m.title(), SitePaths.articleDir(m.id()), m.productKeys(), m.date()))
                        .toList()));
    }
}
