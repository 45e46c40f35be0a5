package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Blocks;
import kb.model.corpus.ArticleSummary;
import kb.render.link.SitePaths;
import kb.render.view.FeedView;

/**
 * The files for machines: the Atom feed of the most recently modified articles, the sitemap (split into parts and an
 * index past the limit of URLs a file), {@code robots.txt} and {@code articles.json}.
 */
final class MachineFiles {
    private static final int SUMMARY_LENGTH = 240;

    private final SiteConfig config;
    private final SiteModel model;
    private final SiteLinks links;
    private final Function<ArticleId, Optional<Article>> articles;
    private final int sitemapLimit;

    MachineFiles(
            SiteConfig config,
            SiteModel model,
            SiteLinks links,
            Function<ArticleId, Optional<Article>> articles,
            int sitemapLimit) {
        this.config = config;
        this.model = model;
        this.links = links;
        this.articles = articles;
        this.sitemapLimit = sitemapLimit;
    }

    /** Every machine file, each made when asked for: the feed and sitemaps only for a site with its address. */
    void plan(List<Supplier<Page>> out) {
        if (config.published()) {
            out.add(this::feed);
            sitemaps(out);
        }
        out.add(() -> new Page.RobotsPage(
                "robots.txt", links.site("robots.txt"), config.published() ? config.baseUrl() : ""));
        out.add(this::manifest);
    }

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
                        articles.apply(m.id()).map(MachineFiles::summary).orElse("")))
                .toList();
        String updated = recent.isEmpty()
                ? timestamp(LocalDate.EPOCH)
                : timestamp(recent.get(0).modified());
        return new Page.FeedPage("feed.xml", links.site("feed.xml"), new FeedView(config.baseUrl(), updated, entries));
    }

    /** The author's summary, else the start of the article's first section cut at a word: a feed entry's summary. */
    static String summary(Article a) {
        String text = a.authoring().summary().isEmpty()
                ? Blocks.plainText(a.sections().get(0).blocks()).replace('\n', ' ')
                : a.authoring().summary();
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
                .map(p -> links.product(p.key()))
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
                        m.modified() == null ? "" : links.date(m.id()),
                        "");
            }
            return new FeedView.FeedEntry(config.baseUrl() + products.get(i - 1 - articles.size()), "", "", "", "");
        };
        if (urls <= sitemapLimit) {
            out.add(() -> new Page.SitemapPage(
                    "sitemap.xml", links.site("sitemap.xml"), new FeedView(config.baseUrl(), "", range(url, 0, urls))));
            return;
        }
        for (int i = 0, n = 1; i < urls; i += sitemapLimit, n++) {
            String name = "sitemap-" + n + ".xml";
            int from = i;
            int to = Math.min(urls, i + sitemapLimit);
            out.add(() -> new Page.SitemapPage(
                    name, links.site(name), new FeedView(config.baseUrl(), "", range(url, from, to))));
            paths.add(name);
        }
        out.add(() -> new Page.SitemapIndexPage(
                "sitemap.xml",
                links.site("sitemap.xml"),
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
        List<ArticleSummary> all = List.copyOf(model.articles());
        return new Page.ManifestPage("articles.json", Page.ManifestPage.madeFrom(all), all);
    }
}
