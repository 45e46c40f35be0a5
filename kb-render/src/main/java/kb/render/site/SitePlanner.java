package kb.render.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.LinkedFiles;
import kb.model.corpus.SiteLink;
import kb.render.link.SitePaths;
import kb.render.site.Page.ArticleContext;
import kb.render.site.Page.ArticleRef;
import kb.render.view.EntryView;
import kb.render.view.HomeView;
import kb.render.view.NavLink;
import kb.render.view.Span;

/**
 * Plans every file of a site from its model, each a {@link Page} record of what it shows: the home page, one page per
 * article, the indexes ({@link IndexPages}), the search and 404 pages, and the files for machines
 * ({@link MachineFiles}).
 *
 * <p>The plan is a list of pages to make: each record is made when it is asked for, so that a build holds the links of
 * the pages it is working on, not those of the whole site at once.
 */
public final class SitePlanner {
    /** The sitemap protocol allows at most this many URLs in one file. */
    public static final int SITEMAP_LIMIT = 50_000;

    private final SiteModel model;
    private final Function<ArticleId, List<ArticleId>> related;
    private final int relatedSize;
    /** The products the site lists first on its home page, in order. */
    private final List<String> productOrder;

    private final SiteLinks links;
    private final IndexPages indexes;
    private final MachineFiles machines;

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
        this.model = model;
        this.related = related;
        this.relatedSize = config.relatedSize();
        this.productOrder = List.copyOf(config.products().keySet());
        this.links = new SiteLinks(config, model);
        this.indexes = new IndexPages(config, model, links);
        this.machines = new MachineFiles(config, model, links, articles, sitemapLimit);
    }

    /**
     * What a build that knows most pages to be as they were makes: some pages; it keeps the pages of the other articles
     * and the index pages listed.
     */
    public record Partial(List<Supplier<Page>> make, List<ArticleSummary> keptArticles, List<String> keptIndexes) {
        /** How many pages it keeps. */
        public int kept() {
            return keptArticles.size() + keptIndexes.size();
        }

        /** The paths of the pages it keeps. */
        public List<String> keptPaths() {
            List<String> out = new ArrayList<>(kept());
            keptArticles.forEach(m -> out.add(SitePaths.articleFile(m.id())));
            out.addAll(keptIndexes);
            return out;
        }
    }

    /** Every page of the site, in a stable order, each made when asked for. */
    public List<Supplier<Page>> plan() {
        return plan(id -> true, group -> true, page -> false, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * The pages a change can have altered: the pages of the articles and of the index groups it names, and every
     * other page of the site (the home page, the lists of groups, the files for machines, ...); the paths of the
     * other articles' and groups' pages are kept as they were, and so are those of the groups' pages that
     * {@code asMade} knows, not yet made ({@link Page.ListPage#unmade}), to be as the last build made them.
     */
    public Partial plan(ChangedPages changed, Predicate<Page.ListPage> asMade) {
        List<ArticleSummary> keptArticles = new ArrayList<>(model.size());
        List<String> keptIndexes = new ArrayList<>();
        List<Supplier<Page>> make =
                plan(changed.articles()::contains, changed.indexes()::contains, asMade, keptArticles, keptIndexes);
        return new Partial(make, keptArticles, keptIndexes);
    }

    private List<Supplier<Page>> plan(
            Predicate<ArticleId> articles,
            Predicate<String> indexGroups,
            Predicate<Page.ListPage> asMade,
            List<ArticleSummary> keptArticles,
            List<String> keptIndexes) {
        List<Supplier<Page>> pages = new ArrayList<>();
        pages.add(this::home);
        for (ArticleSummary m : model.articles()) {
            if (articles.test(m.id())) {
                pages.add(() -> article(m));
            } else {
                keptArticles.add(m);
            }
        }
        indexes.plan(pages, group -> group.equals(IndexPages.LISTS) || indexGroups.test(group), asMade, keptIndexes);
        pages.add(() -> new Page.SearchPage("search/index.html", links.site("search/index.html")));
        pages.add(() -> new Page.NotFoundPage(SiteLinks.NOT_FOUND, links.site(SiteLinks.NOT_FOUND)));
        machines.plan(pages);
        model.linkedFiles()
                .assets()
                .forEach((path, a) -> pages.add(
                        () -> new Page.AssetFile(SitePaths.assetFile(path), a.file(), a.size(), a.modified())));
        // The paths articles were at before; of two articles claiming one, the first in id order keeps it.
        Set<String> taken = new HashSet<>();
        for (ArticleSummary m : model.articles()) {
            for (String alias : m.aliases()) {
                String path = SitePaths.aliasFile(alias);
                if (taken.add(path)) {
                    pages.add(() -> new Page.RedirectPage(
                            path,
                            links.site(path),
                            links.articleHref(SiteLinks.root(path), m.id()),
                            m.id().value(),
                            m.title()));
                }
            }
        }
        return pages;
    }

    /**
     * What an article's page shows of the indexes it links to, by their group ({@link IndexPages#product},
     * {@link IndexPages#keyword}): a product's name and folder, a keyword's folder.
     */
    public Map<String, String> indexLinks() {
        Map<String, String> shown = new HashMap<>();
        model.products().forEach((key, p) -> shown.put(IndexPages.product(key), p.name() + "\n" + links.product(key)));
        model.keywords().keySet().forEach(key -> shown.put(IndexPages.keyword(key), links.keyword(key)));
        return shown;
    }

    private Page home() {
        // The products the site names first, in its order; then the largest: most readers look for one of the few
        // that hold most articles.
        List<NavLink> products = model.products().values().stream()
                .sorted(Comparator.comparingInt((SiteModel.Product p) -> {
                            int at = productOrder.indexOf(p.key());
                            return at < 0 ? Integer.MAX_VALUE : at;
                        })
                        .thenComparing(Comparator.comparingInt(
                                        (SiteModel.Product p) -> p.articles().size())
                                .reversed())
                        .thenComparing(SiteModel.Product::name))
                .map(p -> new NavLink(
                        links.product(p.key()) + "index.html",
                        p.name(),
                        String.format("%,d", p.articles().size())))
                .toList();
        List<EntryView> recent =
                model.recent().stream().map(m -> links.entry("", m)).toList();
        List<NavLink> indexes = List.of(
                NavLink.of("id/index.html", "Products"),
                NavLink.of("keyword/index.html", "Keywords"),
                NavLink.of("year/index.html", "By year"),
                NavLink.of("az/index.html", "A\u2013Z"),
                NavLink.of("missing/index.html", "Missing references"));
        return new Page.HomePage(
                "index.html",
                links.site("index.html"),
                new HomeView(model.size(), example(), products, recent, indexes));
    }

    /** What the home page's search box suggests: the latest article's title, without a prefix such as "SMS: ". */
    private String example() {
        return model.recent().stream()
                .map(m -> m.title().replaceFirst("^[^\\s:]{1,12}:\\s+", ""))
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse("");
    }

    private Page article(ArticleSummary m) {
        String path = SitePaths.articleFile(m.id());
        String root = SiteLinks.root(path);
        List<NavLink> products = new ArrayList<>();
        for (String key : m.productKeys()) {
            products.add(NavLink.of(
                    links.fromArticle(root, links.product(key)),
                    model.products().get(key).name()));
        }
        List<NavLink> keywords = m.keywords().stream()
                .map(k -> NavLink.of(links.fromArticle(root, links.keyword(k)), k))
                .toList();
        List<NavLink> breadcrumb = new ArrayList<>();
        breadcrumb.add(NavLink.of(root + "index.html", "Home"));
        NavLink previous = null;
        NavLink next = null;
        if (!m.productKeys().isEmpty()) {
            String key = m.productKeys().get(0);
            SiteModel.Product p = model.products().get(key);
            breadcrumb.add(NavLink.of(links.fromArticle(root, links.product(key)), p.name()));
            int at = indexOf(p.articles(), m.id());
            if (at > 0) {
                previous = links.articleLink(root, p.articles().get(at - 1));
            }
            if (at >= 0 && at + 1 < p.articles().size()) {
                next = links.articleLink(root, p.articles().get(at + 1));
            }
        }
        List<NavLink> citedBy = model.citedBy(m.id()).stream()
                .map(id -> links.articleLink(root, model.get(id)))
                .toList();
        List<NavLink> relatedLinks = related.apply(m.id()).stream()
                .filter(model::contains)
                .limit(relatedSize)
                .map(id -> links.articleLink(root, model.get(id)))
                .toList();
        Map<ArticleId, Span> mentions = new LinkedHashMap<>();
        for (ArticleId t : m.cites()) {
            ArticleSummary target = model.get(t);
            mentions.put(
                    t,
                    target == null ? Span.missing() : new Span("link", "", links.articleHref(root, t), target.title()));
        }
        mentions.put(m.id(), new Span("link", "", "index.html", m.title()));
        Map<String, String> files = new LinkedHashMap<>();
        LinkedFiles linked = model.linkedFiles();
        for (SiteLink l : m.links()) {
            if (l.article()) {
                continue;
            }
            ArticleId to = linked.articles().get(l.target());
            if (to != null && model.contains(to)) {
                files.put(l.target(), links.articleHref(root, to));
            } else if (linked.assets().containsKey(l.target())) {
                files.put(l.target(), root + SitePaths.href(SitePaths.assetFile(l.target())));
            }
        }
        return new Page.ArticlePage(
                path,
                links.site(path),
                new ArticleRef(m.id(), m.fingerprint()),
                new ArticleContext(
                        products, keywords, breadcrumb, citedBy, relatedLinks, previous, next, mentions, files));
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
}
