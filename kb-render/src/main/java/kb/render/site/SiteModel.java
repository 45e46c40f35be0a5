package kb.render.site;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.Corpus;
import kb.model.corpus.LinkedFiles;

/**
 * The site's index of its articles: the corpus, and its articles' groups ({@link SiteIndex}) by product, by keyword, by
 * year and by first letter of the title, and the most recently modified. Who cites whom is the corpus's.
 */
public final class SiteModel {
    /** A product: its code (or name), the name to show, and its articles in id order. */
    public record Product(String key, String name, List<ArticleSummary> articles) {}

    /** A keyword as first written, and its articles in id order. */
    public record Keyword(String name, List<ArticleSummary> articles) {}

    /** The year group of articles without a date. */
    public static final String UNDATED = "undated";

    private final Corpus corpus;
    private final SiteIndex index;

    /** The site's index of a corpus's articles, with the product names and the number of recent articles a site sets. */
    public SiteModel(Corpus corpus, SiteConfig config) {
        this(corpus, SiteIndex.of(corpus, config));
    }

    /** A corpus with the groups made of its articles. */
    public SiteModel(Corpus corpus, SiteIndex index) {
        this.corpus = corpus;
        this.index = index;
    }

    /** The groups of the articles: kept by a process that builds again, to be updated. */
    public SiteIndex index() {
        return index;
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
        return index.products();
    }

    /** Keywords by lower-cased name, sorted. */
    public Map<String, Keyword> keywords() {
        return index.keywords();
    }

    /** Articles by year of last modification (newest first; {@code undated} last), each year newest first. */
    public SortedMap<String, List<ArticleSummary>> years() {
        return index.years();
    }

    /** Articles by the first letter of their title, sorted by title. */
    public SortedMap<String, List<ArticleSummary>> letters() {
        return index.letters();
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
        return index.recent();
    }
}
