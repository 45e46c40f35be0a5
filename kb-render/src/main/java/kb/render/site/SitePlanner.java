package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kb.model.ArticleId;
import kb.render.SiteConfig;
import kb.render.link.SitePaths;
import kb.render.view.EntryView;
import kb.render.view.FeedView;
import kb.render.view.HomeView;
import kb.render.view.ListView;
import kb.render.view.NavLink;
import kb.render.view.SiteView;
import kb.render.view.Span;

/**
 * Plans every file of a site from its model: the home page, one page per article, the product, keyword, year, A–Z
 * and missing-reference indexes (paginated), the search and 404 pages, the feed, the sitemap, {@code robots.txt}
 * and {@code articles.json}. Each page gets its data and a fingerprint; nothing is rendered here.
 */
public final class SitePlanner {
    /** The sitemap protocol allows at most this many URLs in one file. */
    static final int SITEMAP_LIMIT = 50_000;
    private static final String GENERATOR = "kb";
    /** The page servers show for a missing path. */
    public static final String NOT_FOUND = "404.html";

    private final SiteConfig config;
    private final SiteModel model;
    private final long themeHash;
    private final Function<ArticleId, List<ArticleId>> related;
    private final Map<String, String> productPaths = new HashMap<>();
    private final Map<String, String> keywordPaths = new HashMap<>();

    /**
     * @param themeHash a hash of the templates and static files, so that a theme change re-renders every page
     * @param related the related articles of each article (none when search has not run)
     */
    public SitePlanner(SiteConfig config, SiteModel model, long themeHash,
            Function<ArticleId, List<ArticleId>> related) {
        this.config = config;
        this.model = model;
        this.themeHash = themeHash;
        this.related = related;
        Map<String, Integer> used = new HashMap<>();
        model.products().keySet().forEach(k -> productPaths.put(k, unique("id/", SitePaths.slug(k), used)));
        model.keywords().keySet().forEach(k -> keywordPaths.put(k, unique("keyword/", SitePaths.slug(k), used)));
    }

    private static String unique(String prefix, String slug, Map<String, Integer> used) {
        int n = used.merge(prefix + slug, 1, Integer::sum);
        return prefix + (n == 1 ? slug : slug + "-" + n) + "/";
    }

    /** Every page of the site, in a stable order. */
    public List<Page> plan() {
        List<Page> pages = new ArrayList<>(model.size() + 1000);
        pages.add(home());
        for (ArticleMeta m : model.articles()) {
            pages.add(article(m));
        }
        products(pages);
        keywords(pages);
        years(pages);
        letters(pages);
        missing(pages);
        pages.add(page("search/index.html", "search.ftlh", new ListView("Search", "", List.of(), List.of(),
                List.of(), null, null, List.of())));
        pages.add(page(NOT_FOUND, "404.ftlh", new ListView("Page not found", "", List.of(), List.of(), List.of(),
                null, null, List.of())));
        pages.add(page("feed.xml", "feed.ftlx", feed()));
        sitemaps(pages);
        pages.add(page("robots.txt", "robots.ftl", new FeedView(config.baseUrl(), "", List.of())));
        pages.add(page("articles.json", "articles.json", new ArticleList(model.articles().stream()
                .map(m -> new ArticleList.Item(m.id().value(), m.title(), SitePaths.articleDir(m.id()),
                        m.productKeys(), m.modified() == null ? m.modifiedWritten() : m.modified().toString()))
                .toList())));
        return pages;
    }

    /** A page's data and fingerprint; the site view is looked up by the renderer from the path. */
    private Page page(String path, String template, Object view) {
        long fp = Fingerprint.mix(Fingerprint.mix(themeHash, path), view.toString());
        return new Page(path, fp, template, view, null);
    }

    /** What a page knows of the site. The 404 page is served at any depth, so its links start at the root. */
    public SiteView site(String path) {
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

    private String articleHref(String root, ArticleId id) {
        return root + SitePaths.articleFile(id);
    }

    private NavLink articleLink(String root, ArticleMeta m) {
        return new NavLink(articleHref(root, m.id()), m.id() + ": " + m.title(), "");
    }

    private EntryView entry(String root, ArticleMeta m) {
        return new EntryView(m.id().value(), articleHref(root, m.id()), m.title(),
                m.modified() == null ? m.modifiedWritten() : m.modified().toString(), List.of());
    }

    // ---- home

    private Page home() {
        String root = "";
        List<NavLink> products = model.products().values().stream()
                .map(p -> new NavLink(root + productPaths.get(p.key()) + "index.html", p.name(),
                        String.format("%,d", p.articles().size())))
                .toList();
        List<EntryView> recent = model.recent().stream().map(m -> entry(root, m)).toList();
        List<NavLink> indexes = List.of(
                NavLink.of("id/index.html", "Products"),
                NavLink.of("keyword/index.html", "Keywords"),
                NavLink.of("year/index.html", "By year"),
                NavLink.of("az/index.html", "A\u2013Z"),
                NavLink.of("missing/index.html", "Missing references"));
        return page("index.html", "home.ftlh", new HomeView(model.size(), products, recent, indexes));
    }

    // ---- articles

    private Page article(ArticleMeta m) {
        String path = SitePaths.articleFile(m.id());
        String root = root(path);
        List<NavLink> products = new ArrayList<>();
        for (String key : m.productKeys()) {
            SiteModel.Product p = model.products().get(key);
            products.add(NavLink.of(root + productPaths.get(key) + "index.html", p.name()));
        }
        List<NavLink> keywords = m.keywords().stream()
                .map(k -> NavLink.of(root + keywordPaths.get(k.toLowerCase(java.util.Locale.ROOT)) + "index.html", k))
                .toList();
        List<NavLink> breadcrumb = new ArrayList<>();
        breadcrumb.add(NavLink.of(root + "index.html", "Home"));
        NavLink previous = null;
        NavLink next = null;
        if (!m.productKeys().isEmpty()) {
            String key = m.productKeys().get(0);
            SiteModel.Product p = model.products().get(key);
            breadcrumb.add(NavLink.of(root + productPaths.get(key) + "index.html", p.name()));
            int at = indexOf(p.articles(), m.id());
            if (at > 0) {
                previous = articleLink(root, p.articles().get(at - 1));
            }
            if (at >= 0 && at + 1 < p.articles().size()) {
                next = articleLink(root, p.articles().get(at + 1));
            }
        }
        List<NavLink> citedBy = model.citedBy(m.id()).stream().map(id -> articleLink(root, model.get(id))).toList();
        List<NavLink> rel = related.apply(m.id()).stream().filter(model::contains)
                .map(id -> articleLink(root, model.get(id))).toList();
        Map<ArticleId, Span> links = new LinkedHashMap<>();
        for (ArticleId t : m.cites()) {
            links.put(t, span(root, t));
        }
        links.put(m.id(), new Span("link", "", "index.html", m.title()));
        ArticleContext context = new ArticleContext(site(path), products, keywords, breadcrumb, citedBy, rel,
                previous, next, links);
        long fp = Fingerprint.mix(Fingerprint.mix(Fingerprint.mix(themeHash, path), m.contentHash()),
                context.toString());
        return new Page(path, fp, "article.ftlh", context, m.id());
    }

    private Span span(String root, ArticleId id) {
        ArticleMeta target = model.get(id);
        return target == null ? new Span("missing", "", "", "not in this archive")
                : new Span("link", "", articleHref(root, id), target.title());
    }

    private static int indexOf(List<ArticleMeta> sorted, ArticleId id) {
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

    /** One index, cut into pages of {@code pageSize}: {@code dir/index.html}, {@code dir/page/2/index.html}, ... */
    private void paginated(List<Page> out, String dir, String heading, String intro, List<NavLink> groupLinks,
            List<NavLink> crumbs, int count, Function<String, Function<Integer, EntryView>> entryAt) {
        int size = config.pageSize();
        int pages = Math.max(1, (count + size - 1) / size);
        for (int p = 1; p <= pages; p++) {
            String path = dir + (p == 1 ? "" : "page/" + p + "/") + "index.html";
            String root = root(path);
            Function<Integer, EntryView> at = entryAt.apply(root);
            List<EntryView> entries = new ArrayList<>();
            for (int i = (p - 1) * size; i < Math.min(count, p * size); i++) {
                entries.add(at.apply(i));
            }
            List<NavLink> pageLinks = new ArrayList<>();
            if (pages > 1) {
                for (int q = 1; q <= pages; q++) {
                    pageLinks.add(NavLink.of(q == p ? "" : pageHref(root, dir, q), Integer.toString(q)));
                }
            }
            NavLink previous = p > 1 ? NavLink.of(pageHref(root, dir, p - 1), "Previous") : null;
            NavLink next = p < pages ? NavLink.of(pageHref(root, dir, p + 1), "Next") : null;
            List<NavLink> breadcrumb = relative(root, crumbs);
            List<NavLink> groups = relative(root, groupLinks);
            String title = pages > 1 ? heading + " (page " + p + " of " + pages + ")" : heading;
            out.add(page(path, "list.ftlh", new ListView(title, intro, entries, groups, pageLinks, previous, next,
                    breadcrumb)));
        }
    }

    private static String pageHref(String root, String dir, int page) {
        return root + dir + (page == 1 ? "" : "page/" + page + "/") + "index.html";
    }

    /** Links given from the root, made relative to a page. */
    private static List<NavLink> relative(String root, List<NavLink> fromRoot) {
        return fromRoot.stream().map(l -> new NavLink(l.href().isEmpty() ? "" : root + l.href(), l.text(), l.note()))
                .toList();
    }

    private static List<NavLink> crumbs(NavLink... more) {
        List<NavLink> out = new ArrayList<>();
        out.add(NavLink.of("index.html", "Home"));
        out.addAll(List.of(more));
        return out;
    }

    private void simpleList(List<Page> out, String dir, String heading, String intro, List<NavLink> crumbs,
            List<EntryView> entriesFromRoot) {
        paginated(out, dir, heading, intro, List.of(), crumbs, entriesFromRoot.size(), root -> i -> {
            EntryView e = entriesFromRoot.get(i);
            return new EntryView(e.id(), e.href().isEmpty() ? "" : root + e.href(), e.title(), e.date(),
                    relative(root, e.links()));
        });
    }

    private void metaList(List<Page> out, String dir, String heading, String intro, List<NavLink> groups,
            List<NavLink> crumbs, List<ArticleMeta> articles) {
        paginated(out, dir, heading, intro, groups, crumbs, articles.size(), root -> i -> entry(root, articles.get(i)));
    }

    private void products(List<Page> out) {
        List<EntryView> all = model.products().values().stream()
                .map(p -> new EntryView(p.key(), productPaths.get(p.key()) + "index.html", p.name(),
                        String.format("%,d articles", p.articles().size()), List.of()))
                .toList();
        simpleList(out, "id/", "Products", "Every product with articles in this knowledge base.",
                crumbs(), all);
        for (SiteModel.Product p : model.products().values()) {
            metaList(out, productPaths.get(p.key()), p.name(), String.format("%,d articles about %s, by id.",
                    p.articles().size(), p.name()), List.of(), crumbs(NavLink.of("id/index.html", "Products")),
                    p.articles());
        }
    }

    private void keywords(List<Page> out) {
        List<EntryView> all = model.keywords().entrySet().stream()
                .map(e -> new EntryView("", keywordPaths.get(e.getKey()) + "index.html", e.getValue().name(),
                        String.format("%,d articles", e.getValue().articles().size()), List.of()))
                .toList();
        simpleList(out, "keyword/", "Keywords", "Every keyword, with the number of articles that have it.",
                crumbs(), all);
        for (Map.Entry<String, SiteModel.Keyword> e : model.keywords().entrySet()) {
            SiteModel.Keyword k = e.getValue();
            metaList(out, keywordPaths.get(e.getKey()), "Keyword " + k.name(),
                    String.format("%,d articles with the keyword %s, by id.", k.articles().size(), k.name()),
                    List.of(), crumbs(NavLink.of("keyword/index.html", "Keywords")), k.articles());
        }
    }

    private void years(List<Page> out) {
        List<NavLink> groups = model.years().entrySet().stream()
                .map(e -> new NavLink("year/" + e.getKey() + "/index.html", e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of())).toList();
        simpleList(out, "year/", "Articles by year", "Articles by the year they were last modified.", crumbs(), all);
        for (Map.Entry<String, List<ArticleMeta>> e : model.years().entrySet()) {
            String heading = e.getKey().equals(SiteModel.UNDATED) ? "Articles without a date"
                    : "Articles last modified in " + e.getKey();
            metaList(out, "year/" + e.getKey() + "/", heading, String.format("%,d articles, by id.",
                    e.getValue().size()), groups, crumbs(NavLink.of("year/index.html", "By year")), e.getValue());
        }
    }

    private void letters(List<Page> out) {
        List<NavLink> groups = model.letters().entrySet().stream()
                .map(e -> new NavLink("az/" + e.getKey() + "/index.html", e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of())).toList();
        simpleList(out, "az/", "Articles A\u2013Z", "Articles by the first letter of their title.", crumbs(), all);
        for (Map.Entry<String, List<ArticleMeta>> e : model.letters().entrySet()) {
            metaList(out, "az/" + e.getKey() + "/", "Titles starting with " + e.getKey(),
                    String.format("%,d articles, by title.", e.getValue().size()), groups,
                    crumbs(NavLink.of("az/index.html", "A\u2013Z")), e.getValue());
        }
    }

    private void missing(List<Page> out) {
        List<EntryView> all = new ArrayList<>();
        for (Map.Entry<ArticleId, List<ArticleId>> e : model.missing().entrySet()) {
            List<NavLink> citing = e.getValue().stream()
                    .map(id -> NavLink.of(SitePaths.articleFile(id), id + ": " + model.get(id).title())).toList();
            all.add(new EntryView(e.getKey().value(), "", "not in this archive",
                    String.format("cited by %,d", citing.size()), citing));
        }
        simpleList(out, "missing/", "Missing references", String.format(
                "%,d articles are cited by articles of this knowledge base but are not in it.", all.size()),
                crumbs(), all);
    }

    // ---- feed and sitemap

    private FeedView feed() {
        List<FeedView.FeedEntry> entries = model.recent().stream().limit(config.feedSize())
                .map(m -> new FeedView.FeedEntry(config.baseUrl() + SitePaths.articleDir(m.id()),
                        config.baseUrl() + SitePaths.articleDir(m.id()), m.id() + ": " + m.title(),
                        timestamp(m.modified()), m.summary()))
                .toList();
        String updated = model.recent().isEmpty() ? timestamp(LocalDate.EPOCH) : timestamp(model.recent().get(0).modified());
        return new FeedView(config.baseUrl(), updated, entries);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private void sitemaps(List<Page> out) {
        List<FeedView.FeedEntry> urls = new ArrayList<>();
        urls.add(new FeedView.FeedEntry(config.baseUrl(), "", "", "", ""));
        for (ArticleMeta m : model.articles()) {
            urls.add(new FeedView.FeedEntry(config.baseUrl() + SitePaths.articleDir(m.id()), "", "",
                    m.modified() == null ? "" : m.modified().toString(), ""));
        }
        for (SiteModel.Product p : model.products().values()) {
            urls.add(new FeedView.FeedEntry(config.baseUrl() + productPaths.get(p.key()), "", "", "", ""));
        }
        if (urls.size() <= SITEMAP_LIMIT) {
            out.add(page("sitemap.xml", "sitemap.ftlx", new FeedView(config.baseUrl(), "", urls)));
            return;
        }
        List<FeedView.FeedEntry> files = new ArrayList<>();
        for (int i = 0, n = 1; i < urls.size(); i += SITEMAP_LIMIT, n++) {
            String name = "sitemap-" + n + ".xml";
            out.add(page(name, "sitemap.ftlx", new FeedView(config.baseUrl(), "",
                    urls.subList(i, Math.min(urls.size(), i + SITEMAP_LIMIT)))));
            files.add(new FeedView.FeedEntry(config.baseUrl() + name, "", "", "", ""));
        }
        out.add(page("sitemap.xml", "sitemap-index.ftlx", new FeedView(config.baseUrl(), "", files)));
    }
}
