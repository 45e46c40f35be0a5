package kb.model.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Reference;
import kb.model.parse.Diagnostic;

/**
 * A set of articles indexed by id, with the reference graph between them: which articles each one cites, which cite
 * it, and which cited ids are not in the set. Immutable once built.
 */
public final class Corpus {
    private final SortedMap<ArticleId, Article> articles;
    private final List<Diagnostic> diagnostics;
    private final List<Duplicate> duplicates;
    private final Map<ArticleId, List<ArticleId>> cites;
    private final Map<ArticleId, List<ArticleId>> citedBy;
    private final SortedMap<ArticleId, List<ArticleId>> dangling;

    private Corpus(SortedMap<ArticleId, Article> articles, List<Diagnostic> diagnostics, List<Duplicate> duplicates) {
        this.articles = Collections.unmodifiableSortedMap(articles);
        this.diagnostics = List.copyOf(diagnostics);
        this.duplicates = List.copyOf(duplicates);
        Map<ArticleId, List<ArticleId>> out = new HashMap<>();
        Map<ArticleId, List<ArticleId>> in = new HashMap<>();
        SortedMap<ArticleId, List<ArticleId>> missing = new TreeMap<>();
        for (Article a : articles.values()) {
            List<ArticleId> targets = new ArrayList<>();
            for (Reference r : a.references()) {
                if (!targets.contains(r.target())) {
                    targets.add(r.target());
                }
            }
            out.put(a.id(), List.copyOf(targets));
            for (ArticleId t : targets) {
                (articles.containsKey(t) ? in : missing).computeIfAbsent(t, k -> new ArrayList<>()).add(a.id());
            }
        }
        in.replaceAll((k, v) -> List.copyOf(v));
        missing.replaceAll((k, v) -> List.copyOf(v));
        this.cites = out;
        this.citedBy = in;
        this.dangling = Collections.unmodifiableSortedMap(missing);
    }

    /**
     * Builds a corpus from parsed articles in source order. When two articles share an id the first is kept and the
     * other reported (as an error diagnostic and a {@link Duplicate}). Articles from formats that carry no product
     * code get the code other articles use for the same product name.
     */
    public static Corpus of(List<Article> parsed, List<Diagnostic> diagnostics) {
        SortedMap<ArticleId, Article> byId = new TreeMap<>();
        Map<ArticleId, List<String>> sources = new LinkedHashMap<>();
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        for (Article a : parsed) {
            sources.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.source().path());
            Article first = byId.putIfAbsent(a.id(), a);
            if (first != null) {
                all.add(Diagnostic.error(a.source().path(), 1, 0, "KB040", "duplicate id " + a.id()
                        + ": also in " + first.source().path() + ", which is kept; this file is skipped"));
            }
        }
        List<Duplicate> duplicates = sources.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> new Duplicate(e.getKey(), e.getValue()))
                .toList();
        fillProductCodes(byId);
        return new Corpus(byId, all, duplicates);
    }

    private static void fillProductCodes(SortedMap<ArticleId, Article> byId) {
        ProductCodes codes = new ProductCodes();
        byId.values().forEach(a -> codes.learn(a.productNames(), a.productCodes()));
        byId.replaceAll((id, a) -> codes.fill(a));
    }

    public Optional<Article> get(ArticleId id) {
        return Optional.ofNullable(articles.get(id));
    }

    public boolean contains(ArticleId id) {
        return articles.containsKey(id);
    }

    /** The articles in id order. */
    public Collection<Article> articles() {
        return articles.values();
    }

    public int size() {
        return articles.size();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    /** The distinct ids an article cites, present or not, in order of first mention. */
    public List<ArticleId> cites(ArticleId id) {
        return cites.getOrDefault(id, List.of());
    }

    /** The articles of this corpus that cite an id. */
    public List<ArticleId> citedBy(ArticleId id) {
        return citedBy.getOrDefault(id, List.of());
    }

    /** Cited ids that are not in the corpus, each with the articles that cite it. */
    public SortedMap<ArticleId, List<ArticleId>> dangling() {
        return dangling;
    }

    /** Citations between articles of the corpus (each citing article and target counted once). */
    public long resolvedReferences() {
        return citedBy.values().stream().mapToLong(List::size).sum();
    }

    /** Citations of ids not in the corpus. */
    public long danglingReferences() {
        return dangling.values().stream().mapToLong(List::size).sum();
    }

    /** Product code (or name, for articles without one) to number of articles, most first. */
    public Map<String, Integer> productCounts() {
        return counts(articles.values().stream()
                .flatMap(a -> (a.productCodes().isEmpty() ? a.productNames() : a.productCodes()).stream())
                .toList());
    }

    /** Keyword to number of articles, most first. */
    public Map<String, Integer> keywordCounts() {
        return counts(articles.values().stream().flatMap(a -> a.keywords().stream()).toList());
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
