package kb.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import kb.model.io.Fingerprint;
import kb.render.link.SitePaths;
import kb.render.view.Count;
import kb.render.view.EntryView;
import kb.render.view.ListView;
import kb.render.view.NavLink;

/**
 * The site's indexes: products, keywords, years, A–Z and missing references, each a list of every group and a page
 * of each group's articles, cut into pages of the configured size ({@code dir/index.html},
 * {@code dir/page/2/index.html}, ...).
 */
final class IndexPages {
    private final SiteConfig config;
    private final SiteModel model;
    private final SiteLinks links;

    IndexPages(SiteConfig config, SiteModel model, SiteLinks links) {
        this.config = config;
        this.model = model;
        this.links = links;
    }

    /** The group of a product's index pages, as {@link #plan} names it. */
    static String product(String key) {
        return "product " + key;
    }

    /** The group of a keyword's index pages (the keyword lower-cased, as {@link SiteModel#keywords} keys it). */
    static String keyword(String key) {
        return "keyword " + key;
    }

    /** The group of a year's index pages. */
    static String year(String year) {
        return "year " + year;
    }

    /** The group of the index pages of titles starting with a letter ({@link SiteModel#letter}). */
    static String letter(String letter) {
        return "letter " + letter;
    }

    /** The group of the missing references' pages. */
    static final String MISSING = "missing";

    /** The group of each list of groups (every product, keyword, year and letter with its count). */
    static final String LISTS = "lists";

    /**
     * Where the planned pages go: those of the groups to make, made when asked for, unless {@code asMade} knows a page
     * from what it is made of; the paths of the others kept.
     */
    private record Sink(
            List<Supplier<Page>> out, Predicate<String> making, Predicate<Page.ListPage> asMade, List<String> kept) {
        /**
         * Keeps the pages of a group not made again, an index of {@code count} entries in {@code dir}; false when the
         * group is made.
         */
        boolean keeps(String group, String dir, int count, int pageSize) {
            if (making.test(group)) {
                return false;
            }
            int pages = Math.max(1, (count + pageSize - 1) / pageSize);
            for (int p = 1; p <= pages; p++) {
                kept.add(pagePath(dir, p));
            }
            return true;
        }
    }

    /** Every index page, in a stable order, each made when asked for. */
    void plan(List<Supplier<Page>> out) {
        plan(out, group -> true, page -> false, new ArrayList<>());
    }

    /**
     * The index pages of the groups {@code making} takes, each made when asked for unless {@code asMade} knows it, as a
     * page not yet made ({@link Page.ListPage#unmade}), to be as the last build made it; the paths of the others' pages,
     * which are as they were, go into {@code kept}.
     */
    void plan(List<Supplier<Page>> out, Predicate<String> making, Predicate<Page.ListPage> asMade, List<String> kept) {
        Sink sink = new Sink(out, making, asMade, kept);
        products(sink);
        keywords(sink);
        years(sink);
        letters(sink);
        missing(sink);
    }

    /**
     * An index's entries: how many, how to show the i-th on a page whose links start at {@code root}, and, when the
     * entries are articles, what a run of them is made from (an entry shows an article's id, title and date).
     */
    private record Entries(int size, BiFunction<String, Integer, EntryView> view, List<ArticleSummary> articles) {
        EntryView view(String root, int i) {
            return view.apply(root, i);
        }

        /** What the entries from {@code from} to {@code to} show, folded into {@code f}; false if not known. */
        boolean madeFrom(Fingerprint f, int from, int to) {
            if (articles == null) {
                return false;
            }
            for (int i = from; i < to; i++) {
                ArticleSummary m = articles.get(i);
                m.addDate(f.add(m.id().value()).add(m.title()));
            }
            return true;
        }
    }

    private Entries articles(List<ArticleSummary> list) {
        return new Entries(list.size(), (root, i) -> links.entry(root, list.get(i)), list);
    }

    /** Entries whose links are given from the site's root. */
    private static Entries fromRoot(List<EntryView> list) {
        return fromRoot(list.size(), list::get);
    }

    /** Entries whose links are given from the site's root, each made when shown. */
    private static Entries fromRoot(int size, IntFunction<EntryView> entry) {
        return new Entries(
                size,
                (root, i) -> {
                    EntryView e = entry.apply(i);
                    return new EntryView(
                            e.id(),
                            e.href().isEmpty() ? "" : root + e.href(),
                            e.title(),
                            e.date(),
                            relative(root, e.links()));
                },
                null);
    }

    /** One index, cut into pages of the configured size: {@code dir/index.html}, {@code dir/page/2/index.html}, ... */
    private void paginated(
            Sink out,
            String group,
            String dir,
            String heading,
            String intro,
            List<NavLink> groupLinks,
            List<NavLink> crumbs,
            Entries entries) {
        int size = config.pageSize();
        int count = entries.size();
        int pages = Math.max(1, (count + size - 1) / size);
        if (out.keeps(group, dir, count, size)) {
            return;
        }
        for (int p = 1; p <= pages; p++) {
            String path = pagePath(dir, p);
            int from = (p - 1) * size;
            int to = Math.min(count, p * size);
            int page = p;
            long madeFrom = madeFrom(dir, page, pages, heading, intro, groupLinks, crumbs, entries, from, to);
            if (madeFrom != 0 && out.asMade().test(new Page.ListPage(path, links.site(path), madeFrom, null))) {
                out.kept().add(path);
                continue;
            }
            out.out()
                    .add(() -> new Page.ListPage(
                            path,
                            links.site(path),
                            madeFrom,
                            listView(dir, path, page, pages, from, to, heading, intro, groupLinks, crumbs, entries)));
        }
    }

    /**
     * A fingerprint of everything a page of an index of articles is made from, which stands for its view: 0 for the
     * other indexes, whose pages are known only once made.
     */
    private static long madeFrom(
            String dir,
            int page,
            int pages,
            String heading,
            String intro,
            List<NavLink> groupLinks,
            List<NavLink> crumbs,
            Entries entries,
            int from,
            int to) {
        Fingerprint f =
                Fingerprint.start().add(dir).add(page).add(pages).add(heading).add(intro);
        for (List<NavLink> links : List.of(groupLinks, crumbs)) {
            f.add(links.size());
            for (NavLink l : links) {
                f.add(l.href()).add(l.text()).add(l.note());
            }
        }
        f.add(to - from);
        return entries.madeFrom(f, from, to) ? f.value() | 1 : 0;
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
        String root = SiteLinks.root(path);
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
        return root + pagePath(dir, page);
    }

    /** The file of an index's page from the root: {@code dir/index.html}, {@code dir/page/2/index.html}, ... */
    private static String pagePath(String dir, int page) {
        return dir + (page == 1 ? "" : "page/" + page + "/") + "index.html";
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

    private void products(Sink out) {
        List<EntryView> all = model.products().values().stream()
                .map(p -> new EntryView(
                        p.key(),
                        links.product(p.key()) + "index.html",
                        p.name(),
                        count(p.articles().size()),
                        List.of()))
                .toList();
        paginated(
                out,
                LISTS,
                "id/",
                "Products",
                "Every product with articles in this knowledge base.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("id/index.html", "Products"));
        for (SiteModel.Product p : model.products().values()) {
            // The headings of a group kept are not made.
            if (out.keeps(product(p.key()), links.product(p.key()), p.articles().size(), config.pageSize())) {
                continue;
            }
            paginated(
                    out,
                    product(p.key()),
                    links.product(p.key()),
                    p.name(),
                    count(p.articles().size()) + " about " + p.name() + ", by id.",
                    List.of(),
                    crumbs,
                    articles(p.articles()));
        }
    }

    private void keywords(Sink out) {
        List<EntryView> all = model.keywords().entrySet().stream()
                .map(e -> new EntryView(
                        "",
                        links.keyword(e.getKey()) + "index.html",
                        e.getValue().name(),
                        count(e.getValue().articles().size()),
                        List.of()))
                .toList();
        paginated(
                out,
                LISTS,
                "keyword/",
                "Keywords",
                "Every keyword, with the number of articles that have it.",
                List.of(),
                crumbs(),
                fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of("keyword/index.html", "Keywords"));
        for (Map.Entry<String, SiteModel.Keyword> e : model.keywords().entrySet()) {
            SiteModel.Keyword k = e.getValue();
            if (out.keeps(
                    keyword(e.getKey()), links.keyword(e.getKey()), k.articles().size(), config.pageSize())) {
                continue;
            }
            paginated(
                    out,
                    keyword(e.getKey()),
                    links.keyword(e.getKey()),
                    "Keyword " + k.name(),
                    count(k.articles().size()) + " with the keyword " + k.name() + ", by id.",
                    List.of(),
                    crumbs,
                    articles(k.articles()));
        }
    }

    private void years(Sink out) {
        grouped(
                out,
                IndexPages::year,
                "year",
                "Articles by year",
                "Articles by the year they were last modified.",
                "By year",
                model.years(),
                year -> year.equals(SiteModel.UNDATED)
                        ? "Articles without a date"
                        : "Articles last modified in " + year,
                ", newest first.");
    }

    private void letters(Sink out) {
        grouped(
                out,
                IndexPages::letter,
                "az",
                "Articles A\u2013Z",
                "Articles by the first letter of their title.",
                "A\u2013Z",
                model.letters(),
                letter -> "Titles starting with " + letter,
                ", by title.");
    }

    /**
     * An index of groups of articles ({@code dir/}, listing the groups with their counts) and a page of each group's
     * articles ({@code dir/GROUP/}), each linking to its sibling groups.
     */
    private void grouped(
            Sink out,
            Function<String, String> group,
            String dir,
            String heading,
            String intro,
            String crumb,
            Map<String, List<ArticleSummary>> byGroup,
            Function<String, String> groupHeading,
            String groupIntro) {
        List<NavLink> groups = byGroup.entrySet().stream()
                .map(e -> new NavLink(
                        dir + "/" + e.getKey() + "/index.html",
                        e.getKey(),
                        String.format("%,d", e.getValue().size())))
                .toList();
        List<EntryView> all = groups.stream()
                .map(g -> new EntryView(
                        "", g.href(), g.text(), count(byGroup.get(g.text()).size()), List.of()))
                .toList();
        paginated(out, LISTS, dir + "/", heading, intro, List.of(), crumbs(), fromRoot(all));
        List<NavLink> crumbs = crumbs(NavLink.of(dir + "/index.html", crumb));
        for (Map.Entry<String, List<ArticleSummary>> e : byGroup.entrySet()) {
            String folder = dir + "/" + e.getKey() + "/";
            if (out.keeps(group.apply(e.getKey()), folder, e.getValue().size(), config.pageSize())) {
                continue;
            }
            paginated(
                    out,
                    group.apply(e.getKey()),
                    folder,
                    groupHeading.apply(e.getKey()),
                    count(e.getValue().size()) + groupIntro,
                    groups,
                    crumbs,
                    articles(e.getValue()));
        }
    }

    /** How many articles: {@code 1 article}, {@code 1,204 articles}. */
    private static String count(int n) {
        return Count.of(n, "article");
    }

    /** The references cited but not in the site; each entry is made only when a page shows it. */
    private void missing(Sink out) {
        List<Map.Entry<ArticleId, List<ArticleId>>> cited =
                new ArrayList<>(model.missing().entrySet());
        paginated(
                out,
                MISSING,
                "missing/",
                "Missing references",
                count(cited.size()) + (cited.size() == 1 ? " is" : " are")
                        + " cited by articles of this knowledge base but not in it.",
                List.of(),
                crumbs(),
                fromRoot(cited.size(), i -> {
                    Map.Entry<ArticleId, List<ArticleId>> e = cited.get(i);
                    List<NavLink> citing = e.getValue().stream()
                            .map(id -> NavLink.of(
                                    SitePaths.articleFile(id),
                                    id + ": " + model.get(id).title()))
                            .toList();
                    return new EntryView(
                            e.getKey().value(),
                            "",
                            "not in this archive",
                            String.format("cited by %,d", citing.size()),
                            citing);
                }));
    }
}
