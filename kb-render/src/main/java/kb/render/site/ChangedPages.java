package kb.render.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kb.model.ArticleId;
import kb.model.build.RelationsOutput;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.CorpusChange;
import kb.model.corpus.SiteLink;

/**
 * The pages a change of the corpus can alter: the articles whose pages and the index groups whose pages a build makes
 * again, keeping the others as they were.
 *
 * <p>Besides its article, an article's page shows the names and folders of its products and keywords, the articles
 * before and after it in its first product, the articles it cites and those citing it (whether each is in the site,
 * and its title), its related articles, and where its links to files lead. So a page is made again when its article
 * was added or changed, or when it shows one of those that were added, changed or removed: as a neighbour in one of
 * their products (before or after the change), as a citation either way, as a related article; when its related
 * articles changed, when one of its products or keywords is shown otherwise, and always when it links to files (which
 * come and go without an article changing).
 *
 * <p>An index group's pages list its articles with their ids, titles and dates: a group is made again when one of the
 * changed articles was or is in it, or (for products and keywords) when it is shown otherwise. A year's and a letter's
 * pages also list every year or letter with its count: all of them are made again when an article joins or leaves
 * one. The missing references list the ids cited that are not in the site, with the ids and titles of the articles
 * citing them: they are made again when a changed article cites or cited an id not in the site, or when an article
 * that is cited comes or goes.
 *
 * <p>Settings and templates, which every page shows, are not looked at here: a build whose settings or templates
 * changed makes every page again.
 *
 * @param articles the articles whose pages are made again
 * @param indexes the index groups whose pages are made again, named as {@link IndexPages} names them
 */
public record ChangedPages(Set<ArticleId> articles, Set<String> indexes) {
    public ChangedPages {
        articles = Set.copyOf(articles);
        indexes = Set.copyOf(indexes);
    }

    /**
     * What a change makes again.
     *
     * @param model the site's index as it is now
     * @param change how the corpus changed since the pages were last made
     * @param related the articles whose related articles changed, and those whose lists showed a changed one
     * @param linksBefore what the pages last made showed of the products and keywords ({@link SitePlanner#indexLinks})
     * @param linksNow what they show now
     */
    public static ChangedPages of(
            SiteModel model,
            CorpusChange change,
            RelationsOutput.Change related,
            Map<String, String> linksBefore,
            Map<String, String> linksNow) {
        Set<ArticleId> moved = new HashSet<>(change.touched());
        moved.addAll(change.removed());
        Set<ArticleId> articles = new HashSet<>(moved);
        articles.addAll(related.related());
        articles.addAll(related.showing());
        Set<String> indexes = new HashSet<>();
        boolean years = false;
        boolean letters = false;
        for (ArticleId id : moved) {
            ArticleSummary was = change.before().get(id);
            ArticleSummary now = model.get(id);
            for (ArticleSummary m : new ArticleSummary[] {was, now}) {
                if (m == null) {
                    continue;
                }
                articles.addAll(m.cites());
                for (String key : m.productKeys()) {
                    indexes.add(IndexPages.product(key));
                    SiteModel.Product p = model.products().get(key);
                    if (p != null) {
                        neighbours(p.articles(), id, articles);
                    }
                }
                m.keywords().forEach(k -> indexes.add(IndexPages.keyword(SiteModel.keywordKey(k))));
                indexes.add(IndexPages.year(SiteModel.year(m)));
                indexes.add(IndexPages.letter(SiteModel.letter(m.title())));
                if (citesMissing(m, model)) {
                    indexes.add(IndexPages.MISSING);
                }
            }
            years |= was == null || now == null || !SiteModel.year(was).equals(SiteModel.year(now));
            letters |=
                    was == null || now == null || !SiteModel.letter(was.title()).equals(SiteModel.letter(now.title()));
            // Who cites it: the articles citing one in the site, or one no longer in it.
            List<ArticleId> citing = new ArrayList<>(model.citedBy(id));
            citing.addAll(model.missing().getOrDefault(id, List.of()));
            articles.addAll(citing);
            if (!citing.isEmpty() && !change.changed().contains(id)) {
                indexes.add(IndexPages.MISSING);
            }
        }
        if (years) {
            model.years().keySet().forEach(y -> indexes.add(IndexPages.year(y)));
        }
        if (letters) {
            model.letters().keySet().forEach(l -> indexes.add(IndexPages.letter(l)));
        }
        for (ArticleSummary m : model.articles()) {
            if (linksFiles(m)) {
                articles.add(m.id());
            }
        }
        Set<String> keys = new HashSet<>(linksBefore.keySet());
        keys.addAll(linksNow.keySet());
        for (String key : keys) {
            if (!Objects.equals(linksBefore.get(key), linksNow.get(key))) {
                indexes.add(key);
                shownOn(model, key).forEach(m -> articles.add(m.id()));
            }
        }
        articles.removeIf(id -> !model.contains(id));
        return new ChangedPages(articles, indexes);
    }

    /**
     * Whether an article cites an id not in the site now: one missing now, or (of the article as it was) one missing then
     * too, unless it came or went with this change, which makes the missing references again anyway.
     */
    private static boolean citesMissing(ArticleSummary m, SiteModel model) {
        for (ArticleId id : m.cites()) {
            if (!model.contains(id)) {
                return true;
            }
        }
        return false;
    }

    // A plain loop: it runs for every article of the site on every build.

    private static boolean linksFiles(ArticleSummary m) {
        for (SiteLink l : m.links()) {
            if (!l.article()) {
                return true;
            }
        }
        return false;
    }

    /** The articles whose pages show an index, by its key in {@link SitePlanner#indexLinks}. */
    private static List<ArticleSummary> shownOn(SiteModel model, String key) {
        List<ArticleSummary> out = new ArrayList<>();
        model.products().values().stream()
                .filter(p -> IndexPages.product(p.key()).equals(key))
                .forEach(p -> out.addAll(p.articles()));
        model.keywords().entrySet().stream()
                .filter(e -> IndexPages.keyword(e.getKey()).equals(key))
                .forEach(e -> out.addAll(e.getValue().articles()));
        return out;
    }

    /** Adds the articles that come before and after an id in a list in id order, whether or not the id is in it. */
    private static void neighbours(List<ArticleSummary> byId, ArticleId id, Set<ArticleId> out) {
        int lo = 0;
        int hi = byId.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byId.get(mid).id().compareTo(id) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0) {
            out.add(byId.get(lo - 1).id());
        }
        int after = lo < byId.size() && byId.get(lo).id().equals(id) ? lo + 1 : lo;
        if (after < byId.size()) {
            out.add(byId.get(after).id());
        }
    }
}
