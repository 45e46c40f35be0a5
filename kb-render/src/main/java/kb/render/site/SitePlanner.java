package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import kb.model.Article;
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
 * and {@code articles.json}.
 *
 * <p>Each page gets a fingerprint of its inputs (the metadata it shows, folded from cached string hashes, and the
 * article's content hash), so that a rebuild renders only pages whose inputs changed; the page's data is made only
 * when it is rendered.
 */
public final class SitePlanner {
    /** The sitemap protocol allows at most this many URLs in one file. */
    static final int SITEMAP_LIMIT = 50_000;
    /** The page servers show for a missing path. */
    public static final String NOT_FOUND = "404.html";
    private static final String GENERATOR = "kb";

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
        pages.addAll(model.articles().parallelStream().map(this::article).toList());
        products(pages);
        keywords(pages);
        years(pages);
        letters(pages);
        missing(pages);
        pages.add(fixed("search/index.html", "search.ftlh", "Search"));
        pages.add(fixed(NOT_FOUND, "404.ftlh", "Page not found"));
        pages.add(feed());
        sitemaps(pages);
        pages.add(new Page("robots.txt", hasher("robots.txt").add(config.baseUrl()).value(), "robots.ftl",
                a -> new FeedView(config.baseUrl(), "", List.of()), null));
        pages.add(articlesJson());
        return pages;
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

    private Hasher hasher(String path) {
        return new Hasher(themeHash).add(path);
    }

    /** An article's metadata as it shows on other pages: id, title, date. */
    private static Hasher add(Hasher h, ArticleMeta m) {
        return h.add(m.id().number()).add(m.title()).add(m.modified() == null ? -1 : m.modified().toEpochDay());
    }

    private Page fixed(String path, String template, String heading) {
        return new Page(path, hasher(path).value(), template,
                a -> new ListView(heading, "", List.of(), List.of(), List.of(), null, null, List.of()), null);
    }

    private static String articleHref(String root, ArticleId id) {
        return root + SitePaths.articleFile(id);
    }

    private static NavLink articleLink(String root, ArticleMeta m) {
        return new NavLink(articleHref(root, m.id()), m.id() + ": " + m.title(), "");
    }

    private static EntryView entry(String root, ArticleMeta m) {
        return new EntryView(m.id().value(), articleHref(root, m.id()), m.title(), date(m), List.of());
    }

    private static String date(ArticleMeta m) {
        return m.modified() == null ? m.modifiedWritten() : m.modified().toString();
    }

    // ---- home

    private Page home() {
        Hasher h = hasher("index.html").add(model.size());
        model.products().values().forEach(p -> h.add(p.key()).add(p.name()).add(p.articles().size()));
        model.recent().forEach(m -> add(h, m));
        return new Page("index.html", h.value(), "home.ftlh", a -> {
            List<NavLink> products = model.products().values().stream()
                    .map(p -> new NavLink(productPaths.get(p.key()) + "index.html", p.name(),
                            String.format("%,d", p.articles().size())))
                    .toList();
            List<EntryView> recent = model.recent().stream().map(m -> entry("", m)).toList();
            List<NavLink> indexes = List.of(
                    NavLink.of("id/index.html", "Products"),
                    NavLink.of("keyword/index.html", "Keywords"),
                    NavLink.of("year/index.html", "By year"),
                    NavLink.of("az/index.html", "A\u2013Z"),
                    NavLink.of("missing/index.html", "Missing references"));
            return new HomeView(model.size(), products, recent, indexes);
        }, null);
    }

    // ---- articles

    private Page article(ArticleMeta m) {
        String path = SitePaths.articleFile(m.id());
        Hasher h = hasher(path).add(m.contentHash()).add(m.title());
        for (String key : m.productKeys()) {
            SiteModel.Product p = model.products().get(key);
            h.add(productPaths.get(key)).add(p.name());
            if (key.equals(m.productKeys().get(0))) {
                int at = indexOf(p.articles(), m.id());
                if (at > 0) {
                    add(h.add(1), p.articles().get(at - 1));
                }
                if (at >= 0 && at + 1 < p.articles().size()) {
                    add(h.add(2), p.articles().get(at + 1));
                }
            }
        }
        m.keywords().forEach(k -> h.add(keywordPath(k)));
        model.citedBy(m.id()).forEach(id -> add(h, model.get(id)));
        for (ArticleId t : m.cites()) {
            ArticleMeta target = model.get(t);
            h.add(t.number()).add(target == null ? "" : target.title());
        }
        List<ArticleId> rel = related.apply(m.id()).stream().filter(model::contains).toList();
        rel.forEach(id -> add(h, model.get(id)));
        return new Page(path, h.value(), "article.ftlh", a -> context(m, path, rel), m.id());
    }

    private ArticleContext context(ArticleMeta m, String path, List<ArticleId> rel) {
        String root = root(path);
        List<NavLink> products = new ArrayList<>();
        for (String key : m.productKeys()) {
            products.add(NavLink.of(root + productPaths.get(key) + "index.html", model.products().get(key).name()));
        }
        List<NavLink> keywords = m.keywords().stream().map(k -> NavLink.of(root + keywordPath(k) + "index.html", k))
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
        List<NavLink> relatedLinks = rel.stream().map(id -> articleLink(root, model.get(id))).toList();
        Map<ArticleId, Span> links = new LinkedHashMap<>();
        for (ArticleId t : m.cites()) {
            ArticleMeta target = model.get(t);
            links.put(t, target == null ? new Span("missing", "", "", "not in this archive")
                    : new Span("link", "", articleHref(root, t), target.title()));
        }
        links.put(m.id(), new Span("link", "", "index.html", m.title()));
        return new ArticleContext(site(path), products, keywords, breadcrumb, citedBy, relatedLinks, previous, next,
                links);
    }

    private String keywordPath(String keyword) {
        String path = keywordPaths.get(keyword);
        return path != null ? path : keywordPaths.get(keyword.toLowerCase(Locale.ROOT));
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

    /** An index's entries: how many, how to fingerprint the i-th, and how to show it on a page. */
    private interface Entries {
        int size();

        void hash(Hasher h, int i);

        EntryView view(String root, int i);
    }

    private static Entries articles(List<ArticleMeta> list) {
        return new Entries() {
            public int size() {
                return list.size();
            }

            public void hash(Hasher h, int i) {
                add(h, list.get(i));
            }

            public EntryView view(String root, int i) {
                return entry(root, list.get(i));
            }
        };
    }

    /** Entries whose links are given from the site's root. */
    private static Entries fromRoot(List<EntryView> list) {
        return new Entries() {
            public int size() {
                return list.size();
            }

            public void hash(Hasher h, int i) {
                EntryView e = list.get(i);
                h.add(e.id()).add(e.href()).add(e.title()).add(e.date());
                e.links().forEach(l -> h.add(l.href()).add(l.text()));
            }

            public EntryView view(String root, int i) {
                EntryView e = list.get(i);
                return new EntryView(e.id(), e.href().isEmpty() ? "" : root + e.href(), e.title(), e.date(),
                        relative(root, e.links()));
            }
        };
    }

    /** One index, cut into pages of {@code pageSize}: {@code dir/index.html}, {@code dir/page/2/index.html}, ... */
    private void paginated(List<Page> out, String dir, String heading, String intro, List<NavLink> groupLinks,
            List<NavLink> crumbs, Entries entries) {
        int size = config.pageSize();
        int count = entries.size();
        int pages = Math.max(1, (count + size - 1) / size);
        for (int p = 1; p <= pages; p++) {
            String path = dir + (p == 1 ? "" : "page/" + p + "/") + "index.html";
            int from = (p - 1) * size;
            int to = Math.min(count, p * size);
            Hasher h = hasher(path).add(heading).add(intro).add(pages).add(count);
            groupLinks.forEach(g -> h.add(g.href()).add(g.text()).add(g.note()));
            crumbs.forEach(c -> h.add(c.href()).add(c.text()));
            for (int i = from; i < to; i++) {
                entries.hash(h, i);
            }
            int page = p;
            out.add(new Page(path, h.value(), "list.ftlh",
                    a -> listView(dir, path, page, pages, from, to, heading, intro, groupLinks, crumbs, entries),
                    null));
        }
    }

    private static ListView listView(String dir, String path, int p, int pages, int from, int to, String heading,
            String intro, List<NavLink> groupLinks, List<NavLink> crumbs, Entries entries) {
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
        return new ListView(title, intro, shown, relative(root, groupLinks), pageLinks, previous, next,
                relative(root, crumbs));
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

    private void products(List<Page> out) {
        List<EntryView> all = model.products().values().stream()
                .map(p -> new EntryView(p.key(), productPaths.get(p.key()) + "index.html", p.name(),
                        String.format("%,d articles", p.articles().size()), List.of()))
                .toList();
        paginated(out, "id/", "Products", "Every product with articles in this knowledge base.", List.of(), crumbs(),
                fromRoot(all));
        out.addAll(model.products().values().parallelStream().flatMap(p -> {
            List<Page> pages = new ArrayList<>();
            paginated(pages, productPaths.get(p.key()), p.name(), String.format("%,d articles about %s, by id.",
                    p.articles().size(), p.name()), List.of(), crumbs(NavLink.of("id/index.html", "Products")),
                    articles(p.articles()));
            return pages.stream();
        }).toList());
    }

    private void keywords(List<Page> out) {
        List<EntryView> all = model.keywords().entrySet().stream()
                .map(e -> new EntryView("", keywordPaths.get(e.getKey()) + "index.html", e.getValue().name(),
                        String.format("%,d articles", e.getValue().articles().size()), List.of()))
                .toList();
        paginated(out, "keyword/", "Keywords", "Every keyword, with the number of articles that have it.", List.of(),
                crumbs(), fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("keyword/index.html", "Keywords"));
        out.addAll(model.keywords().entrySet().parallelStream().flatMap(e -> {
            SiteModel.Keyword k = e.getValue();
            List<Page> pages = new ArrayList<>();
            paginated(pages, keywordPaths.get(e.getKey()), "Keyword " + k.name(),
                    String.format("%,d articles with the keyword %s, by id.", k.articles().size(), k.name()),
                    List.of(), crumbs, articles(k.articles()));
            return pages.stream();
        }).toList());
    }

    private void years(List<Page> out) {
        List<NavLink> groups = model.years().entrySet().stream()
                .map(e -> new NavLink("year/" + e.getKey() + "/index.html", e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of())).toList();
        paginated(out, "year/", "Articles by year", "Articles by the year they were last modified.", List.of(),
                crumbs(), fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("year/index.html", "By year"));
        for (Map.Entry<String, List<ArticleMeta>> e : model.years().entrySet()) {
            String heading = e.getKey().equals(SiteModel.UNDATED) ? "Articles without a date"
                    : "Articles last modified in " + e.getKey();
            paginated(out, "year/" + e.getKey() + "/", heading, String.format("%,d articles, by id.",
                    e.getValue().size()), groups, crumbs, articles(e.getValue()));
        }
    }

    private void letters(List<Page> out) {
        List<NavLink> groups = model.letters().entrySet().stream()
                .map(e -> new NavLink("az/" + e.getKey() + "/index.html", e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView("", g.href(), g.text(), g.note() + " articles", List.of())).toList();
        paginated(out, "az/", "Articles A\u2013Z", "Articles by the first letter of their title.", List.of(),
                crumbs(), fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("az/index.html", "A\u2013Z"));
        for (Map.Entry<String, List<ArticleMeta>> e : model.letters().entrySet()) {
            paginated(out, "az/" + e.getKey() + "/", "Titles starting with " + e.getKey(),
                    String.format("%,d articles, by title.", e.getValue().size()), groups, crumbs,
                    articles(e.getValue()));
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
        paginated(out, "missing/", "Missing references", String.format(
                "%,d articles are cited by articles of this knowledge base but are not in it.", all.size()),
                List.of(), crumbs(), fromRoot(all));
    }

    // ---- feed, sitemap, articles.json

    private Page feed() {
        List<ArticleMeta> recent = model.recent().stream().limit(config.feedSize()).toList();
        Hasher h = hasher("feed.xml").add(config.baseUrl());
        recent.forEach(m -> add(h, m).add(m.contentHash()));
        return new Page("feed.xml", h.value(), "feed.ftlx", articles -> {
            List<FeedView.FeedEntry> entries = recent.stream()
                    .map(m -> new FeedView.FeedEntry(config.baseUrl() + SitePaths.articleDir(m.id()),
                            config.baseUrl() + SitePaths.articleDir(m.id()), m.id() + ": " + m.title(),
                            timestamp(m.modified()), summary(articles.apply(m.id()))))
                    .toList();
            String updated = recent.isEmpty() ? timestamp(LocalDate.EPOCH) : timestamp(recent.get(0).modified());
            return new FeedView(config.baseUrl(), updated, entries);
        }, null);
    }

    private static final int SUMMARY_LENGTH = 240;

    /** The start of an article's first section, cut at a word. */
    static String summary(Article a) {
        String text = kb.model.Blocks.plainText(a.sections().get(0).blocks()).replace('\n', ' ');
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "\u2026";
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private void sitemaps(List<Page> out) {
        List<Supplier<FeedView.FeedEntry>> urls = new ArrayList<>();
        Hasher all = hasher("sitemap").add(config.baseUrl());
        urls.add(() -> new FeedView.FeedEntry(config.baseUrl(), "", "", "", ""));
        List<Long> hashes = new ArrayList<>();
        hashes.add(0L);
        for (ArticleMeta m : model.articles()) {
            urls.add(() -> new FeedView.FeedEntry(config.baseUrl() + SitePaths.articleDir(m.id()), "", "",
                    m.modified() == null ? "" : m.modified().toString(), ""));
            hashes.add(((long) m.id().number() << 32) ^ (m.modified() == null ? -1 : m.modified().toEpochDay()));
        }
        for (SiteModel.Product p : model.products().values()) {
            String path = productPaths.get(p.key());
            urls.add(() -> new FeedView.FeedEntry(config.baseUrl() + path, "", "", "", ""));
            hashes.add((long) path.hashCode());
        }
        if (urls.size() <= SITEMAP_LIMIT) {
            hashes.forEach(all::add);
            out.add(new Page("sitemap.xml", all.value(), "sitemap.ftlx",
                    a -> new FeedView(config.baseUrl(), "", urls.stream().map(Supplier::get).toList()), null));
            return;
        }
        List<String> files = new ArrayList<>();
        for (int i = 0, n = 1; i < urls.size(); i += SITEMAP_LIMIT, n++) {
            String name = "sitemap-" + n + ".xml";
            List<Supplier<FeedView.FeedEntry>> part = urls.subList(i, Math.min(urls.size(), i + SITEMAP_LIMIT));
            Hasher h = hasher(name).add(config.baseUrl());
            hashes.subList(i, Math.min(urls.size(), i + SITEMAP_LIMIT)).forEach(h::add);
            out.add(new Page(name, h.value(), "sitemap.ftlx",
                    a -> new FeedView(config.baseUrl(), "", part.stream().map(Supplier::get).toList()), null));
            files.add(name);
        }
        out.add(new Page("sitemap.xml", hasher("sitemap.xml").add(config.baseUrl()).add(files).value(),
                "sitemap-index.ftlx", a -> new FeedView(config.baseUrl(), "", files.stream()
                        .map(f -> new FeedView.FeedEntry(config.baseUrl() + f, "", "", "", "")).toList()), null));
    }

    private Page articlesJson() {
        Hasher h = hasher("articles.json");
        for (ArticleMeta m : model.articles()) {
            add(h, m).add(m.productKeys());
        }
        return new Page("articles.json", h.value(), "articles.json", a -> new ArticleList(model.articles().stream()
                .map(m -> new ArticleList.Item(m.id().value(), m.title(), SitePaths.articleDir(m.id()),
                        m.productKeys(), date(m)))
                .toList()), null);
    }
}
