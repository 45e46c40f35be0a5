package kb.render.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.model.ArticleId;
import kb.model.ProductNames;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.Corpus;
import kb.model.corpus.LinkedFiles;

/**
 * The site's index of its articles, built from the corpus's summaries: articles by product, by keyword, by year and by
 * first letter of the title, and the most recently modified. Who cites whom is the corpus's.
 */
public final class SiteModel {
    /** A product: its code (or name), the name to show, and its articles in id order. */
    public record Product(String key, String name, List<ArticleSummary> articles) {}

    /** A keyword as first written, and its articles in id order. */
    public record Keyword(String name, List<ArticleSummary> articles) {}

    /** The year group of articles without a date. */
    public static final String UNDATED = "undated";

    private final Corpus corpus;
    /** Names the site gives products, over those their articles give. */
    private final Map<String, String> names;

    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Keyword> keywords = new LinkedHashMap<>();
    private final SortedMap<String, List<ArticleSummary>> years = new TreeMap<>(
            Comparator.comparing((String y) -> y.equals(UNDATED)).thenComparing(Comparator.reverseOrder()));
    private final SortedMap<String, List<ArticleSummary>> letters = new TreeMap<>();
    private final List<ArticleSummary> recent;

    /** The site's index of a corpus's articles, with the product names and the number of recent articles a site sets. */
    public SiteModel(Corpus corpus, SiteConfig config) {
        this.corpus = corpus;
        this.names = config.products();
        int recentSize = config.recentSize();
        // Each index is one pass over the articles; they are independent, so they are built side by side.
        List<ArticleSummary> recentFound = new ArrayList<>();
        List<Runnable> passes = List.of(
                this::indexProducts,
                this::indexKeywords,
                this::indexYearsAndLetters,
                () -> recentFound.addAll(corpus.summaries().stream()
                        .filter(m -> m.modified() != null)
                        .sorted(Comparator.comparing(ArticleSummary::modified)
                                .reversed()
                                .thenComparing(ArticleSummary::id))
                        .limit(Math.max(recentSize, 0))
                        .toList()));
        passes.parallelStream().forEach(Runnable::run);
        recent = List.copyOf(recentFound);
    }

    private void indexProducts() {
        Map<String, List<ArticleSummary>> byProduct = new TreeMap<>();
        ProductNames written = new ProductNames();
        for (ArticleSummary m : corpus.summaries()) {
            for (String key : m.productKeys()) {
                byProduct.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            written.addArticle(m.productCodes(), m.productNames());
        }
        Map<String, String> name = written.names();
        byProduct.forEach((k, v) ->
                products.put(k, new Product(k, this.names.getOrDefault(k, name.get(k)), List.copyOf(v))));
    }

    private void indexKeywords() {
        Map<String, List<ArticleSummary>> byKeyword = new TreeMap<>();
        Map<String, String> keywordName = new HashMap<>();
        Map<String, String> folds = new HashMap<>();
        for (ArticleSummary m : corpus.summaries()) {
            for (String k : m.keywords()) {
                String folded = folds.computeIfAbsent(k, SiteModel::keywordKey);
                byKeyword.computeIfAbsent(folded, x -> new ArrayList<>()).add(m);
                keywordName.putIfAbsent(folded, k);
            }
        }
        byKeyword.forEach((k, v) -> keywords.put(k, new Keyword(keywordName.get(k), List.copyOf(v))));
    }

    private void indexYearsAndLetters() {
        record Titled(String key, ArticleSummary meta) {}
        Map<String, List<Titled>> byLetter = new TreeMap<>();
        for (ArticleSummary m : corpus.summaries()) {
            years.computeIfAbsent(year(m), y -> new ArrayList<>()).add(m);
            byLetter.computeIfAbsent(letter(m.title()), l -> new ArrayList<>())
                    .add(new Titled(m.title().toLowerCase(Locale.ROOT), m));
        }
        // Each year newest first: a reader of a year's page looks for what changed lately.
        years.values()
                .forEach(list -> list.sort(
                        Comparator.comparing(ArticleSummary::modified, Comparator.nullsLast(Comparator.reverseOrder()))
                                .thenComparing(ArticleSummary::id)));
        Comparator<Titled> byTitle =
                Comparator.comparing(Titled::key).thenComparing(t -> t.meta().id());
        byLetter.forEach((letter, list) -> {
            list.sort(byTitle);
            letters.put(letter, list.stream().map(Titled::meta).toList());
        });
    }

    /** The key of a keyword in {@link #keywords}: the keyword lower-cased. */
    public static String keywordKey(String keyword) {
        return keyword.toLowerCase(Locale.ROOT);
    }

    /** The year group of an article in {@link #years}: the year of its last modification, or {@value #UNDATED}. */
    public static String year(ArticleSummary m) {
        return m.modified() == null ? UNDATED : Integer.toString(m.modified().getYear());
    }

    /** The A–Z group of a title: its first letter, {@code 0-9}, or {@code other}. */
    public static String letter(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = Character.toUpperCase(title.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
            if (c >= '0' && c <= '9') {
                return "0-9";
            }
            if (Character.isLetter(c)) {
                return "other";
            }
        }
        return "other";
    }

    /** The articles in id order. */
    public Collection<ArticleSummary> articles() {
        return corpus.summaries();
    }

    public ArticleSummary get(ArticleId id) {
        return corpus.summary(id).orElse(null);
    }

    public boolean contains(ArticleId id) {
        return corpus.contains(id);
    }

    public int size() {
        return corpus.size();
    }

    /** Products by key, sorted. */
    public Map<String, Product> products() {
        return Collections.unmodifiableMap(products);
    }

    /** Keywords by lower-cased name, sorted. */
    public Map<String, Keyword> keywords() {
        return Collections.unmodifiableMap(keywords);
    }

    /** Articles by year of last modification (newest first; {@code undated} last), each year newest first. */
    public SortedMap<String, List<ArticleSummary>> years() {
        return Collections.unmodifiableSortedMap(years);
    }

    /** Articles by the first letter of their title, sorted by title. */
    public SortedMap<String, List<ArticleSummary>> letters() {
        return Collections.unmodifiableSortedMap(letters);
    }

    /** The articles of the site that cite an id, in id order. */
    public List<ArticleId> citedBy(ArticleId id) {
        return corpus.citedBy(id);
    }

    /** Ids cited but not in the site, with the articles citing each. */
    public SortedMap<ArticleId, List<ArticleId>> missing() {
        return corpus.dangling();
    }

    /** Where the articles' links to files of the content folder lead. */
    public LinkedFiles linkedFiles() {
        return corpus.linkedFiles();
    }

    /** The most recently modified articles, newest first. */
    public List<ArticleSummary> recent() {
        return recent;
    }
}
