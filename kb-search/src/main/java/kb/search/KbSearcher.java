package kb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.model.TypeNames;
import kb.search.query.QueryFactory;
import kb.search.query.UserQuery;
import kb.search.schema.Fields;
import kb.search.schema.IndexedProductNames;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.KbSimilarity;
import kb.search.schema.NamedProducts;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches an index made by {@link KbIndex}. Thread-safe: one searcher serves every request of a server. It searches
 * the commit of the index it last opened; {@link #refresh()} moves it to a newer one when a build has made one, and the
 * reader it leaves is closed once the searches still using it are done (Lucene's {@link SearcherManager}).
 */
public final class KbSearcher implements AutoCloseable {
    private static final int FACET_VALUES = 20;
    /** Facets count the best this many results. */
    static final int FACET_DEPTH = 100;
    /** Below this many hits, a better spelling is looked for. */
    private static final int FEW_HITS = 20;

    /**
     * How long a server's search may collect before it answers with what it has: far beyond any query's cost (the
     * costliest strange queries take tens of milliseconds), so that only a machine in trouble or a query no one foresaw
     * meets it.
     */
    public static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(1);

    /** What a search says when it stopped early. */
    public static final String STOPPED = "The search took longer than it may and stopped early: results may be"
            + " missing; try fewer or more particular words.";

    private final Directory directory;
    /** Whether this object opened the directory, and so closes it. */
    private final boolean ownsDirectory;

    private final Analyzer analyzer = KbAnalyzers.perField();
    private final SearcherManager manager;
    /** How long each search may collect: a server's are bounded, a command's are not. */
    private final Optional<java.time.Duration> budget;

    /** What results show of each article, by segment: what a newer commit keeps of an older one is not read again. */
    private final HitSummaries.Cache summaries = new HitSummaries.Cache();

    /**
     * One commit of the index as searched: the reader's searcher, with the queries made for it, what results show of
     * each article and the names of its products.
     */
    private static final class Reading extends IndexSearcher {
        final QueryFactory queries;
        final HitSummaries summaries;
        final Map<String, String> productNames;
        /** What each word that names products names ({@link NamedProducts#all}). */
        final Map<String, List<String>> namedProducts;

        Reading(IndexReader reader, Analyzer analyzer, HitSummaries.Cache cache) throws IOException {
            super(reader);
            setSimilarity(KbSimilarity.get());
            setTimeout(SearchBudget.SHARED);
            this.queries = new QueryFactory(analyzer, this);
            this.summaries = new HitSummaries(reader, cache);
            this.productNames = IndexedProductNames.read(reader);
            this.namedProducts = NamedProducts.all(reader);
        }

        String productName(String code) {
            return productNames.getOrDefault(code, code);
        }
    }

    /**
     * @param preload whether to read what results show of every article into memory when a commit is opened, so that
     *     no query pays for it later: for a server, which opens an index once and searches it many times
     */
    private KbSearcher(Directory directory, boolean owns, boolean preload) throws IOException {
        this.directory = directory;
        this.ownsDirectory = owns;
        // A server's searches come from anywhere (any page a user visits can send them); a command's are the user's.
        this.budget = preload ? Optional.of(BUDGET) : Optional.empty();
        this.manager = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                Reading r = new Reading(reader, analyzer, summaries);
                if (preload) {
                    r.summaries.loadAll();
                }
                return r;
            }
        });
    }

    /** A searcher for a command that searches a few times. */
    public static KbSearcher open(Path dir) throws IOException {
        return new KbSearcher(FSDirectory.open(dir), true, false);
    }

    /** A searcher for a server: what results show of every article is read when each commit is opened. */
    public static KbSearcher openForServer(Path dir) throws IOException {
        return new KbSearcher(FSDirectory.open(dir), true, true);
    }

    public static KbSearcher open(Directory directory) throws IOException {
        return new KbSearcher(directory, false, false);
    }

    /** Moves to the index's newest commit when a build has made one since; true when it did. */
    @SuppressWarnings("ReferenceEquality") // the manager hands out another searcher exactly when it moved on
    public boolean refresh() throws IOException {
        IndexSearcher before = manager.acquire();
        try {
            manager.maybeRefreshBlocking();
            IndexSearcher after = manager.acquire();
            try {
                return after != before;
            } finally {
                manager.release(after);
            }
        } finally {
            manager.release(before);
        }
    }

    /** How many articles the index holds. */
    public int size() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            manager.release(s);
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return budget.isPresent() ? search(request, budget.get()) : search(request, null);
    }

    /** A search that collects for at most {@code budget} (null: as long as it takes), and says so if it stopped early. */
    SearchResult search(SearchRequest request, java.time.Duration budget) throws IOException {
        // The factory makes every searcher the manager hands out.
        Reading reading = (Reading) manager.acquire();
        try (SearchBudget.Spending spending = SearchBudget.start(budget)) {
            return search(reading, request, spending);
        } finally {
            manager.release(reading);
        }
    }

    private SearchResult search(Reading reading, SearchRequest request, SearchBudget.Spending spending)
            throws IOException {
        QueryFactory queries = reading.queries;
        UserQuery q = UserQuery.parse(request.text(), SearchRequest.MAX_TEXT);
        String product = !request.product().isEmpty() ? request.product() : q.product();
        String year = !request.year().isEmpty() ? request.year() : q.year();
        QueryFactory.Main main = queries.build(q);
        // A query with similar spellings is searched with them spelled out: the snippets mark the ones found.
        Query query = spelledOut(reading, filtered(main.query(), product, year), main.misspelled());
        int n = Math.max(request.page() * request.pageSize(), FACET_DEPTH);
        TopDocs top = top(reading, query, n);
        if (top.totalHits.value() < request.pageSize() && !q.text().isBlank() && !spending.spent()) {
            // Too little in what articles are about: look in their resolutions and the rest of their text too.
            Query wide =
                    spelledOut(reading, filtered(queries.build(q, true).query(), product, year), main.misspelled());
            TopDocs more = top(reading, wide, n);
            if (more.totalHits.value() > top.totalHits.value()) {
                top = more;
                query = wide;
            }
        }
        boolean fuzzy = false;
        if (top.totalHits.value() == 0 && !q.text().isBlank() && !spending.spent()) {
            Query loose = spelledOut(reading, filtered(queries.fuzzy(q), product, year), true);
            TopDocs second = top(reading, loose, n);
            if (second.totalHits.value() > 0) {
                top = second;
                query = loose;
                fuzzy = true;
            }
        }
        // Snippets mark the query's words in the symptoms, as the main query analysed them (the symptoms are analysed
        // the same way); after a typo, the spellings that matched instead.
        Set<String> marked = new LinkedHashSet<>();
        if (fuzzy) {
            marked.addAll(queries.terms(Fields.SYMPTOMS, String.join(" ", matchedTerms(query, Fields.WORDS))));
        } else {
            marked.addAll(main.words());
            if (main.misspelled()) {
                // The about field is analysed as the symptoms are: its spellings found mark the symptoms as they are.
                marked.addAll(matchedTerms(query, Fields.ABOUT));
            }
        }
        IndexReader reader = reading.getIndexReader();
        List<Discount.Weighted> rules = new ArrayList<>();
        rules.add(InformationalPrior.rule(q.text()));
        rules.addAll(ProductAgreement.rules(ProductAgreement.named(reading.namedProducts, main.words())));
        rules.addAll(WholeMessage.rules(reader, main.wholeMessage(), main.asWritten()));
        top = Discount.apply(reader, top, rules);
        List<SearchHit> hits =
                hits(reading, top, marked, (request.page() - 1) * request.pageSize(), request.pageSize());
        Map<String, List<FacetCount>> facets = facets(reading, top.scoreDocs);
        long total = top.totalHits.value();
        return new SearchResult(
                total,
                top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                request.page(),
                request.pageSize(),
                hits,
                facets.get(Fields.PRODUCT),
                facets.get(Fields.YEAR),
                facets.get(Fields.ISSUE_TYPE),
                top.scoreDocs.length,
                didYouMean(reading, q, total, main.misspelled()),
                fuzzy,
                notice(q.limited(), spending.cutShort()),
                product.isEmpty() ? "" : reading.productName(product.toLowerCase(Locale.ROOT)));
    }

    private static String notice(boolean limited, boolean stopped) {
        String first = limited ? UserQuery.LIMITED : "";
        return stopped ? (first + " " + STOPPED).strip() : first;
    }

    /**
     * The best n results. Hits are counted exactly only up to n: past that, Lucene skips documents that cannot make
     * the top, and the total is a lower bound.
     */
    private static TopDocs top(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    }

    /**
     * Facet counts over the best {@link #FACET_DEPTH} results: what a user drills into. Counting them over every
     * article that shares a word with a long pasted message would cost more than the search itself.
     */
    private static Map<String, List<FacetCount>> facets(Reading reading, ScoreDoc[] docs) throws IOException {
        int[] byDoc = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = docs[i].doc;
        }
        Arrays.sort(byDoc);
        Map<String, List<FacetCount>> out = new HashMap<>();
        for (String field : new String[] {Fields.PRODUCT, Fields.YEAR, Fields.ISSUE_TYPE}) {
            Map<String, Integer> counts = new HashMap<>();
            // Counted by ordinal within each segment; each value's text looked up once.
            Segments.forEach(reading.getIndexReader(), byDoc, (segment, from, to) -> {
                SortedSetDocValues values = segment.reader().getSortedSetDocValues(field);
                if (values == null) {
                    return;
                }
                int[] byOrd = new int[(int) values.getValueCount()];
                for (int i = from; i < to; i++) {
                    if (values.advanceExact(byDoc[i] - segment.docBase)) {
                        for (int k = values.docValueCount(); k > 0; k--) {
                            byOrd[(int) values.nextOrd()]++;
                        }
                    }
                }
                for (int ord = 0; ord < byOrd.length; ord++) {
                    if (byOrd[ord] > 0) {
                        counts.merge(values.lookupOrd(ord).utf8ToString(), byOrd[ord], Integer::sum);
                    }
                }
            });
            out.put(
                    field,
                    counts.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue()
                                    .reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(FACET_VALUES)
                            .map(e -> new FacetCount(e.getKey(), name(reading, field, e.getKey()), e.getValue()))
                            .toList());
        }
        return out;
    }

    /** A facet value's name: a product's, an issue type's words, a year as it is. */
    private static String name(Reading reading, String field, String value) {
        return switch (field) {
            case Fields.PRODUCT -> reading.productName(value);
            case Fields.ISSUE_TYPE -> TypeNames.of(value);
            default -> value;
        };
    }

    private static Query filtered(Query query, String product, String year) {
        if (product.isEmpty() && year.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!product.isEmpty()) {
            b.add(new TermQuery(new Term(Fields.PRODUCT, product.toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (!year.isEmpty()) {
            b.add(new TermQuery(new Term(Fields.YEAR, year)), Occur.FILTER);
        }
        return b.build();
    }

    /** The hits of a page, their snippets marking these terms of the symptoms. */
    private static List<SearchHit> hits(Reading reading, TopDocs top, Collection<String> terms, int from, int size)
            throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(
                top.scoreDocs, Math.min(from, top.scoreDocs.length), Math.min(top.scoreDocs.length, from + size));
        List<List<Snippets.Mark>> marks = Snippets.marks(
                reading.getIndexReader(),
                Arrays.stream(page).mapToInt(hit -> hit.doc).toArray(),
                terms);
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            HitSummaries.Summary d = reading.summaries.get(page[i].doc);
            out.add(new SearchHit(
                    d.id(),
                    d.title(),
                    d.url(),
                    d.products(),
                    d.products().stream().map(reading::productName).toList(),
                    d.date(),
                    page[i].score,
                    Snippets.snippet(d.symptoms(), d.sentenceEnds(), marks.get(i))));
        }
        return out;
    }

    /**
     * A query with its similar spellings looked up in the index (what searching it would do first), when it has some;
     * as it is otherwise.
     */
    private static Query spelledOut(IndexSearcher searcher, Query query, boolean similarSpellings) throws IOException {
        return similarSpellings ? searcher.rewrite(query) : query;
    }

    /** The terms of a field in a {@linkplain #spelledOut spelled-out} query: a fuzzy query's spellings found. */
    private static Set<String> matchedTerms(Query query, String field) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> out = new HashSet<>();
        for (Term t : terms) {
            if (t.field().equals(field)) {
                out.add(t.text());
            }
        }
        return out;
    }

    /**
     * A respelling of the query when some word has a close spelling found in many more articles: asked when the query
     * found little (a well-spelled query finds plenty) or has a word no article has.
     */
    private static String didYouMean(Reading reading, UserQuery q, long hits, boolean misspelled) throws IOException {
        IndexReader reader = reading.getIndexReader();
        if (hits >= FEW_HITS && !misspelled) {
            return "";
        }
        List<String> words = reading.queries.terms(Fields.WORDS, q.text());
        if (words.isEmpty() || words.size() > 8) {
            return "";
        }
        DirectSpellChecker spell = new DirectSpellChecker();
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String w : words) {
            // Spellings as far off as typos are matched.
            int edits = QueryFactory.edits(w);
            SuggestWord[] s = new SuggestWord[0];
            if (edits > 0) {
                spell.setMaxEdits(edits);
                s = spell.suggestSimilar(new Term(Fields.WORDS, w), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
            }
            if (s.length > 0 && s[0].freq > Math.max(3, 10L * reader.docFreq(new Term(Fields.WORDS, w)))) {
                out.add(s[0].string);
                changed = true;
            } else {
                out.add(w);
            }
        }
        return changed ? String.join(" ", out) : "";
    }

    @Override
    public void close() throws IOException {
        manager.close();
        if (ownsDirectory) {
            directory.close();
        }
    }
}
