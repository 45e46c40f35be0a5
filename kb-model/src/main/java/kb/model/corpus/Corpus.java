package kb.model.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import java.util.concurrent.CompletableFuture;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.parse.ArticleParser;

/**
 * The articles of a content folder as one read found them: a summary of every article by id, the whole article of
 * those read this time (the others are read again from their files when asked for), every diagnostic, and the
 * reference graph between the articles. Immutable once made, and safe to share between threads; made by
 * {@link CorpusReader}, which also makes corpora of articles already parsed ({@link CorpusReader#of}).
 */
public final class Corpus {
    /** In id order. */
    private final List<ArticleSummary> summaries;

    private final Map<ArticleId, ArticleSummary> lookup;
    private final Map<ArticleId, Article> loaded;
    private final List<Diagnostic> diagnostics;
    private final List<Duplicate> duplicates;
    private final LinkedFiles files;
    /** Who cites whom, found beside what reads the corpus first (a pass over every citation of every article). */
    private final CompletableFuture<Citations> citations;
    /** This corpus's mark, and the mark of the corpus whose state the read of this one started from, if known. */
    private final Mark mark = new Mark();

    private final Mark before;

    private final Path root;
    private final ArticleParser parser;
    /** The articles that could not be read again, each once, in the order it happened. */
    private final Map<ArticleId, Diagnostic> readFailures =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * A corpus of these summaries, in id order, and the same by id. When {@code before} is given, it is the corpus of
     * that mark with the change its read found; {@code citations}, when given, are who cites whom (that corpus's, when
     * every article cites and links as it did there), else they are drawn from the summaries.
     */
    Corpus(
            List<ArticleSummary> summaries,
            Map<ArticleId, ArticleSummary> byId,
            Map<ArticleId, Article> loaded,
            List<Diagnostic> diagnostics,
            List<Duplicate> duplicates,
            LinkedFiles files,
            Path root,
            ArticleParser parser,
            Mark before,
            CompletableFuture<Citations> citations) {
        this.summaries = Collections.unmodifiableList(summaries);
        this.lookup = byId;
        this.loaded = Map.copyOf(loaded);
        this.diagnostics = List.copyOf(diagnostics);
        this.duplicates = List.copyOf(duplicates);
        this.files = files;
        this.root = root;
        this.parser = parser;
        this.before = before;
        this.citations = citations != null
                ? citations
                : CompletableFuture.supplyAsync(() -> Citations.of(summaries, byId, files));
    }

    /** The articles citing each article, in id order, and the ids cited that no article has. */
    record Citations(Map<ArticleId, List<ArticleId>> citedBy, SortedMap<ArticleId, List<ArticleId>> dangling) {
        static Citations of(List<ArticleSummary> summaries, Map<ArticleId, ArticleSummary> lookup, LinkedFiles files) {
            Map<ArticleId, List<ArticleId>> in = new HashMap<>();
            SortedMap<ArticleId, List<ArticleId>> missing = new TreeMap<>();
            for (ArticleSummary a : summaries) {
                for (ArticleId t : a.cites()) {
                    (lookup.containsKey(t) ? in : missing)
                            .computeIfAbsent(t, k -> new ArrayList<>())
                            .add(a.id());
                }
                // A link to another article's file cites it as its id would.
                for (SiteLink l : a.links()) {
                    ArticleId t = l.article() ? null : files.articles().get(l.target());
                    if (t != null && !t.equals(a.id()) && !a.cites().contains(t)) {
                        List<ArticleId> citing = in.computeIfAbsent(t, k -> new ArrayList<>());
                        if (!citing.contains(a.id())) {
                            citing.add(a.id());
                        }
                    }
                }
            }
            in.values().forEach(list -> list.sort(null));
            in.replaceAll((k, v) -> List.copyOf(v));
            missing.replaceAll((k, v) -> List.copyOf(v));
            return new Citations(in, Collections.unmodifiableSortedMap(missing));
        }
    }

    /**
     * What tells this corpus from every other, without holding it: a corpus read later from the state this one's read
     * left {@linkplain #follows follows} it.
     */
    public static final class Mark {
        private Mark() {}
    }

    public Mark mark() {
        return mark;
    }

    /**
     * Whether this corpus is the corpus of {@code earlier} with the change the read of this one found: that read started
     * from the state the read of that corpus left.
     */
    @SuppressWarnings("ReferenceEquality") // that very corpus's mark
    public boolean follows(Mark earlier) {
        return earlier != null && before == earlier;
    }

    /** Who cites whom, as drawn (or being drawn) for this corpus. */
    CompletableFuture<Citations> citations() {
        return citations;
    }

    /** The summary of an article. */
    public Optional<ArticleSummary> summary(ArticleId id) {
        return Optional.ofNullable(lookup.get(id));
    }

    public boolean contains(ArticleId id) {
        return lookup.containsKey(id);
    }

    /** Every article's summary, in id order. */
    public List<ArticleSummary> summaries() {
        return summaries;
    }

    public int size() {
        return summaries.size();
    }

    /**
     * The whole article: as read this time, or read again from its file. Empty for an id not in the corpus, and for an
     * article whose file can no longer be read or no longer holds it (it changed or vanished since the corpus was
     * read): that is a {@linkplain #readFailures() read failure}, and the next read sees the file as it is then.
     */
    public Optional<Article> article(ArticleId id) {
        Article a = loaded.get(id);
        if (a != null) {
            return Optional.of(a);
        }
        ArticleSummary s = lookup.get(id);
        return s == null || root == null || readFailures.containsKey(id) ? Optional.empty() : readAgain(s);
    }

    private Optional<Article> readAgain(ArticleSummary s) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(s.source()));
        } catch (NoSuchFileException e) {
            return failed(s, "the file is gone");
        } catch (IOException e) {
            return failed(s, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        Optional<Article> read = parser.parse(s.source(), bytes).article();
        if (read.isEmpty() || !read.get().id().equals(s.id())) {
            return failed(s, "the file no longer holds " + s.id());
        }
        Article a = read.get();
        return Optional.of(a.productCodes().isEmpty() ? a.withProductCodes(s.productCodes()) : a);
    }

    private Optional<Article> failed(ArticleSummary s, String reason) {
        readFailures.putIfAbsent(
                s.id(),
                Diagnostic.of(
                        s.source(),
                        DiagnosticCode.UNREADABLE_FILE,
                        "cannot read " + s.id() + " again (" + reason
                                + "); its pages are left as they were, and the next build reads it"));
        return Optional.empty();
    }

    /** Every whole article, in id order; those not read this time are read again, in parallel. */
    public List<Article> articles() {
        return articles(summaries.stream().map(ArticleSummary::id).toList());
    }

    /** These whole articles, in the order given; those not read this time are read again, in parallel. */
    public List<Article> articles(Collection<ArticleId> ids) {
        return ids.parallelStream().map(this::article).flatMap(Optional::stream).toList();
    }

    /**
     * Every diagnostic of the read: folders that could not be listed, then each file's in path order, duplicate ids
     * among them.
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Articles that could not be read again when asked for, since the corpus was read. */
    public List<Diagnostic> readFailures() {
        synchronized (readFailures) {
            return List.copyOf(readFailures.values());
        }
    }

    /** Where the articles' links to files of the content folder lead. */
    public LinkedFiles linkedFiles() {
        return files;
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    /** The distinct ids an article cites, present or not, in order of first mention. */
    public List<ArticleId> cites(ArticleId id) {
        ArticleSummary s = lookup.get(id);
        return s == null ? List.of() : s.cites();
    }

    /** The articles of this corpus that cite an id, in id order. */
    public List<ArticleId> citedBy(ArticleId id) {
        return citations.join().citedBy().getOrDefault(id, List.of());
    }

    /** Cited ids that are not in the corpus, each with the articles that cite it, in id order. */
    public SortedMap<ArticleId, List<ArticleId>> dangling() {
        return citations.join().dangling();
    }

    /** Citations between articles of the corpus (each citing article and target counted once). */
    public long resolvedReferences() {
        return citations.join().citedBy().values().stream()
                .mapToLong(List::size)
                .sum();
    }

    /** Citations of ids not in the corpus. */
    public long danglingReferences() {
        return dangling().values().stream().mapToLong(List::size).sum();
    }

    /** Product code (or name, for articles without one) to number of articles, most first. */
    public Map<String, Integer> productCounts() {
        Map<String, Integer> counts = new HashMap<>();
        summaries.forEach(a -> a.productKeys().forEach(k -> counts.merge(k, 1, Integer::sum)));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
