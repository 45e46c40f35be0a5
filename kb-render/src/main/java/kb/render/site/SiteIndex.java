package kb.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import kb.model.ArticleId;
import kb.model.ProductNames;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusChange;
import kb.model.io.Fingerprint;
import kb.render.site.SiteModel.Keyword;
import kb.render.site.SiteModel.Product;

/**
 * The groups of a site's articles: by product, by keyword, by year and by first letter of the title, and the most
 * recently modified. Made from a corpus's summaries, or from the groups of the corpus before a change by making again
 * only the groups the changed articles were or are in. Holds summaries only, not the corpus.
 */
public final class SiteIndex {
    /** Each year's articles: newest first, then by id. */
    private static final Comparator<ArticleSummary> NEWEST_FIRST = Comparator.comparing(
                    ArticleSummary::modified, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ArticleSummary::id);
    /** Each letter's articles: by title, lower-cased, then by id. */
    private static final Comparator<ArticleSummary> BY_TITLE = Comparator.comparing(
                    (ArticleSummary m) -> m.title().toLowerCase(Locale.ROOT))
            .thenComparing(ArticleSummary::id);

    private static final Comparator<ArticleSummary> BY_ID = Comparator.comparing(ArticleSummary::id);

    /** Names the site gives products, over those their articles give. */
    private final Map<String, String> names;

    private final int recentSize;
    private final int size;
    /** The {@link #sum} of the articles. */
    private final long articles;
    /** The mark of the corpus these groups were made from. */
    private final Corpus.Mark madeFrom;
    /** How many articles call each product key by each name. */
    private final ProductNames written;

    private final SortedMap<String, Product> products = new TreeMap<>();
    private final SortedMap<String, Keyword> keywords = new TreeMap<>();
    private final SortedMap<String, List<ArticleSummary>> years = new TreeMap<>(
            Comparator.comparing((String y) -> y.equals(SiteModel.UNDATED)).thenComparing(Comparator.reverseOrder()));
    private final SortedMap<String, List<ArticleSummary>> letters = new TreeMap<>();
    private final List<ArticleSummary> recent;

    /** The groups of a corpus's articles, with the product names and the number of recent articles a site sets. */
    public static SiteIndex of(Corpus corpus, SiteConfig config) {
        return new SiteIndex(corpus, config);
    }

    private SiteIndex(Corpus corpus, SiteConfig config) {
        List<ArticleSummary> summaries = corpus.summaries();
        this.madeFrom = corpus.mark();
        this.names = Map.copyOf(config.products());
        this.recentSize = Math.max(config.recentSize(), 0);
        this.size = summaries.size();
        this.articles = sum(summaries);
        this.written = new ProductNames();
        // Each group is one pass over the articles; they are independent, so they are made side by side.
        List<Runnable> passes = List.of(
                () -> indexProducts(summaries), () -> indexKeywords(summaries), () -> indexYearsAndLetters(summaries));
        passes.parallelStream().forEach(Runnable::run);
        recent = latest(summaries, recentSize);
    }

    /**
     * The groups of a corpus that differs by a change from the corpus these were made from. A full change, other
     * settings, or a change that does not start from these groups' corpus make them afresh.
     */
    public SiteIndex updated(Corpus corpus, CorpusChange change, SiteConfig config) {
        if (change.full() || !names.equals(config.products()) || recentSize != Math.max(config.recentSize(), 0)) {
            return of(corpus, config);
        }
        if (size + change.added().size() - change.removed().size() != corpus.size()) {
            return of(corpus, config);
        }
        long delta = delta(change, corpus);
        if (corpus.follows(madeFrom)) {
            // The corpus is the one these groups were made from with the change: its sum follows from the change's.
            return new SiteIndex(this, corpus, change, articles + delta);
        }
        // Otherwise the change must tell its corpus from these groups' one: taken back from the new corpus, it gives
        // the articles these groups hold.
        long now = sum(corpus.summaries());
        return now - delta == articles ? new SiteIndex(this, corpus, change, now) : of(corpus, config);
    }

    /** What the change adds to the {@link #sum} of the articles: the touched articles now, less all it changed before. */
    private static long delta(CorpusChange change, Corpus now) {
        long out = -sum(change.before().values());
        for (ArticleId id : change.touched()) {
            out += now.summary(id).map(SiteIndex::sum).orElse(0L);
        }
        return out;
    }

    /** A sum over articles that tells one set of them from another: what the corpus tells changes by. */
    private static long sum(Collection<ArticleSummary> summaries) {
        long out = 0;
        for (ArticleSummary m : summaries) {
            out += sum(m);
        }
        return out;
    }

    private static long sum(ArticleSummary m) {
        return Fingerprint.from(m.fingerprint())
                .add(m.id().hashCode())
                .add(m.source().hashCode())
                .add(m.productCodes().hashCode())
                .value();
    }

    private SiteIndex(SiteIndex before, Corpus corpus, CorpusChange change, long articles) {
        this.madeFrom = corpus.mark();
        this.names = before.names;
        this.recentSize = before.recentSize;
        this.size = corpus.size();
        this.articles = articles;
        this.written = before.written.copy();
        Set<ArticleId> ids = new HashSet<>(change.removed());
        ids.addAll(change.touched());
        List<ArticleSummary> was = List.copyOf(change.before().values());
        List<ArticleSummary> is = new ArrayList<>();
        for (ArticleId id : change.touched()) {
            corpus.summary(id).ifPresent(is::add);
        }
        Predicate<ArticleSummary> gone = m -> ids.contains(m.id());
        was.forEach(m -> written.removeArticle(m.productCodes(), m.productNames()));
        is.forEach(m -> written.addArticle(m.productCodes(), m.productNames()));

        // Only the products and keywords of the changed articles can change, their names included.
        products.putAll(before.products);
        Map<String, List<ArticleSummary>> byProduct = new TreeMap<>();
        before.products.forEach((k, p) -> byProduct.put(k, p.articles()));
        Map<String, String> productName = written.names();
        for (String k : patch(byProduct, was, is, ArticleSummary::productKeys, gone, BY_ID)) {
            List<ArticleSummary> list = byProduct.get(k);
            if (list == null) {
                products.remove(k);
            } else {
                products.put(k, new Product(k, names.getOrDefault(k, productName.get(k)), list));
            }
        }

        keywords.putAll(before.keywords);
        Map<String, List<ArticleSummary>> byKeyword = new TreeMap<>();
        before.keywords.forEach((k, w) -> byKeyword.put(k, w.articles()));
        for (String k : patch(byKeyword, was, is, SiteIndex::keywordKeys, gone, BY_ID)) {
            List<ArticleSummary> list = byKeyword.get(k);
            if (list == null) {
                keywords.remove(k);
            } else {
                keywords.put(k, new Keyword(firstWritten(k, list), list));
            }
        }

        years.putAll(before.years);
        patch(years, was, is, m -> List.of(SiteModel.year(m)), gone, NEWEST_FIRST);
        letters.putAll(before.letters);
        patch(letters, was, is, m -> List.of(SiteModel.letter(m.title())), gone, BY_TITLE);
        recent = latest(before.recent, gone, is, recentSize).orElseGet(() -> latest(corpus.summaries(), recentSize));
    }

    /**
     * The newest articles, from the last build's and the changed ones alone, when they tell: every other article is
     * older than the last build's oldest, so the answer holds if it has as many and its oldest is no older than that.
     */
    private static Optional<List<ArticleSummary>> latest(
            List<ArticleSummary> before, Predicate<ArticleSummary> gone, List<ArticleSummary> is, int n) {
        List<ArticleSummary> candidates = new ArrayList<>(before);
        candidates.removeIf(gone);
        candidates.addAll(is);
        List<ArticleSummary> now = latest(candidates, n);
        if (n == 0 || before.size() < n) {
            // Every dated article was among the last build's.
            return Optional.of(now);
        }
        return now.size() == n && NEWEST_FIRST.compare(now.getLast(), before.getLast()) <= 0
                ? Optional.of(now)
                : Optional.empty();
    }

    /**
     * Makes again the groups the changed articles were or are in: each such group's list without them, with their new
     * summaries put in order; a group left empty is dropped. The other groups' lists are kept as they are.
     *
     * @return the groups made again
     */
    private static Set<String> patch(
            Map<String, List<ArticleSummary>> groups,
            List<ArticleSummary> was,
            List<ArticleSummary> is,
            Function<ArticleSummary, Collection<String>> groupsOf,
            Predicate<ArticleSummary> gone,
            Comparator<ArticleSummary> order) {
        Set<String> touched = new HashSet<>();
        was.forEach(m -> touched.addAll(groupsOf.apply(m)));
        is.forEach(m -> touched.addAll(groupsOf.apply(m)));
        for (String group : touched) {
            List<ArticleSummary> list = new ArrayList<>(groups.getOrDefault(group, List.of()));
            list.removeIf(gone);
            for (ArticleSummary m : is) {
                if (groupsOf.apply(m).contains(group)) {
                    int at = Collections.binarySearch(list, m, order);
                    list.add(at < 0 ? -at - 1 : at, m);
                }
            }
            if (list.isEmpty()) {
                groups.remove(group);
            } else {
                groups.put(group, List.copyOf(list));
            }
        }
        return touched;
    }

    private static Collection<String> keywordKeys(ArticleSummary m) {
        return m.keywords().stream().map(SiteModel::keywordKey).toList();
    }

    /** A keyword's name: as the first of its articles, in id order, writes it. */
    private static String firstWritten(String key, List<ArticleSummary> articles) {
        for (String k : articles.get(0).keywords()) {
            if (SiteModel.keywordKey(k).equals(key)) {
                return k;
            }
        }
        return key;
    }

    /** The {@code n} most recently modified articles, newest first. */
    private static List<ArticleSummary> latest(Collection<ArticleSummary> articles, int n) {
        if (n == 0) {
            return List.of();
        }
        // The n newest so far, the oldest of them at the head: one pass, one comparison for most articles.
        PriorityQueue<ArticleSummary> newest = new PriorityQueue<>(n + 1, NEWEST_FIRST.reversed());
        for (ArticleSummary m : articles) {
            if (m.modified() == null) {
                continue;
            }
            if (newest.size() < n) {
                newest.add(m);
            } else if (NEWEST_FIRST.compare(m, newest.peek()) < 0) {
                newest.poll();
                newest.add(m);
            }
        }
        List<ArticleSummary> out = new ArrayList<>(newest);
        out.sort(NEWEST_FIRST);
        return List.copyOf(out);
    }

    private void indexProducts(List<ArticleSummary> summaries) {
        Map<String, List<ArticleSummary>> byProduct = new TreeMap<>();
        for (ArticleSummary m : summaries) {
            for (String key : m.productKeys()) {
                byProduct.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            written.addArticle(m.productCodes(), m.productNames());
        }
        Map<String, String> name = written.names();
        byProduct.forEach((k, v) ->
                products.put(k, new Product(k, names.getOrDefault(k, name.get(k)), List.copyOf(v))));
    }

    private void indexKeywords(List<ArticleSummary> summaries) {
        Map<String, List<ArticleSummary>> byKeyword = new TreeMap<>();
        Map<String, String> keywordName = new HashMap<>();
        Map<String, String> folds = new HashMap<>();
        for (ArticleSummary m : summaries) {
            for (String k : m.keywords()) {
                String folded = folds.computeIfAbsent(k, SiteModel::keywordKey);
                byKeyword.computeIfAbsent(folded, x -> new ArrayList<>()).add(m);
                keywordName.putIfAbsent(folded, k);
            }
        }
        byKeyword.forEach((k, v) -> keywords.put(k, new Keyword(keywordName.get(k), List.copyOf(v))));
    }

    private void indexYearsAndLetters(List<ArticleSummary> summaries) {
        record Titled(String key, ArticleSummary meta) {}
        Map<String, List<Titled>> byLetter = new TreeMap<>();
        Map<String, List<ArticleSummary>> byYear = new TreeMap<>();
        for (ArticleSummary m : summaries) {
            byYear.computeIfAbsent(SiteModel.year(m), y -> new ArrayList<>()).add(m);
            byLetter.computeIfAbsent(SiteModel.letter(m.title()), l -> new ArrayList<>())
                    .add(new Titled(m.title().toLowerCase(Locale.ROOT), m));
        }
        // Each year newest first: a reader of a year's page looks for what changed lately.
        byYear.forEach((y, list) -> {
            list.sort(NEWEST_FIRST);
            years.put(y, List.copyOf(list));
        });
        Comparator<Titled> byTitle =
                Comparator.comparing(Titled::key).thenComparing(t -> t.meta().id());
        byLetter.forEach((letter, list) -> {
            list.sort(byTitle);
            letters.put(letter, list.stream().map(Titled::meta).toList());
        });
    }

    /** Products by key, sorted. */
    public SortedMap<String, Product> products() {
        return Collections.unmodifiableSortedMap(products);
    }

    /** Keywords by lower-cased name, sorted. */
    public SortedMap<String, Keyword> keywords() {
        return Collections.unmodifiableSortedMap(keywords);
    }

    /** Articles by year of last modification (newest first; undated last), each year newest first. */
    public SortedMap<String, List<ArticleSummary>> years() {
        return Collections.unmodifiableSortedMap(years);
    }

    /** Articles by the first letter of their title, sorted by title. */
    public SortedMap<String, List<ArticleSummary>> letters() {
        return Collections.unmodifiableSortedMap(letters);
    }

    /** The most recently modified articles, newest first. */
    public List<ArticleSummary> recent() {
        return recent;
    }
}
