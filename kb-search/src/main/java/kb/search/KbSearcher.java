package kb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kb.search.query.QueryFactory;
import kb.search.query.UserQuery;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.TotalHits;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches an index made by {@link KbIndex}. Thread-safe: one searcher serves every request of a server.
 */
public final class KbSearcher implements AutoCloseable {
    private static final char HIT_START = '\u0001';
    private static final char HIT_END = '\u0002';
    private static final int FACET_VALUES = 20;
    /** Facets count the best this many results. */
    static final int FACET_DEPTH = 250;
    private static final int SNIPPET_CHARS = 240;
    /** Below this many hits, a better spelling is looked for. */
    private static final int FEW_HITS = 20;

    private final Directory directory;
    /** Whether this object opened the directory, and so closes it. */
    private final boolean ownsDirectory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = KbAnalyzers.perField();
    private final QueryFactory queries = new QueryFactory(analyzer);
    private final UnifiedHighlighter highlighter;

    private KbSearcher(Directory directory, boolean owns) throws IOException {
        this.directory = directory;
        this.ownsDirectory = owns;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(HIT_START), String.valueOf(HIT_END), " … ",
                        false))
                .withMaxLength(100_000)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ENGLISH))
                .build();
    }

    public static KbSearcher open(Path dir) throws IOException {
        return new KbSearcher(FSDirectory.open(dir), true);
    }

    public static KbSearcher open(Directory directory) throws IOException {
        return new KbSearcher(directory, false);
    }

    /** How many articles the index holds. */
    public int size() {
        return reader.numDocs();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        UserQuery q = UserQuery.parse(request.text(), SearchRequest.MAX_TEXT);
        String product = !request.product().isEmpty() ? request.product() : q.product();
        String year = !request.year().isEmpty() ? request.year() : q.year();
        Query query = filtered(queries.build(q), product, year);
        int n = Math.max(request.page() * request.pageSize(), FACET_DEPTH);
        TopDocs top = searcher.search(query, n);
        boolean fuzzy = false;
        if (top.totalHits.value() == 0 && !q.text().isBlank()) {
            Query loose = filtered(queries.fuzzy(q), product, year);
            TopDocs second = searcher.search(loose, n);
            if (second.totalHits.value() > 0) {
                top = second;
                query = loose;
                fuzzy = true;
            }
        }
        Query marks = fuzzy ? query : queries.highlight(q);
        List<SearchHit> hits = hits(top, marks, (request.page() - 1) * request.pageSize(), request.pageSize());
        Map<String, List<FacetCount>> facets = facets(top.scoreDocs);
        long total = top.totalHits.value();
        return new SearchResult(total, top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, request.page(),
                request.pageSize(), hits, facets.get(Fields.PRODUCT), facets.get(Fields.YEAR),
                facets.get(Fields.ISSUE_TYPE), didYouMean(q, total), fuzzy);
    }

    /**
     * Facet counts over the best {@link #FACET_DEPTH} results: what a user drills into. Counting them over every
     * article that shares a word with a long pasted message would cost more than the search itself.
     */
    private Map<String, List<FacetCount>> facets(ScoreDoc[] docs) throws IOException {
        ScoreDoc[] byDoc = docs.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        Map<String, List<FacetCount>> out = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (String field : new String[] {Fields.PRODUCT, Fields.YEAR, Fields.ISSUE_TYPE}) {
            Map<String, Integer> counts = new HashMap<>();
            int leaf = -1;
            SortedSetDocValues values = null;
            for (ScoreDoc sd : byDoc) {
                int l = ReaderUtil.subIndex(sd.doc, leaves);
                if (l != leaf) {
                    leaf = l;
                    values = leaves.get(l).reader().getSortedSetDocValues(field);
                }
                int doc = sd.doc - leaves.get(l).docBase;
                if (values != null && values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        counts.merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1, Integer::sum);
                    }
                }
            }
            out.put(field, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FACET_VALUES)
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .toList());
        }
        return out;
    }

    private static Query filtered(Query query, String product, String year) {
        if (product.isEmpty() && year.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!product.isEmpty()) {
            b.add(new TermQuery(new Term(Fields.PRODUCT, product.toLowerCase(java.util.Locale.ROOT))), Occur.FILTER);
        }
        if (!year.isEmpty()) {
            b.add(new TermQuery(new Term(Fields.YEAR, year)), Occur.FILTER);
        }
        return b.build();
    }

    private List<SearchHit> hits(TopDocs top, Query query, int from, int size) throws IOException {
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + size));
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        String[] snippets = highlighter.highlight(Fields.SYMPTOMS, query, pageDocs, 2);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> out = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String products = d.get(Fields.PRODUCTS);
            String snippet = snippets[i] != null ? snippets[i] : lead(d.get(Fields.SYMPTOMS));
            out.add(new SearchHit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.URL),
                    products == null || products.isBlank() ? List.of() : List.of(products.split(" ")),
                    d.get(Fields.DATE), page[i].score, parts(snippet)));
        }
        return out;
    }

    /** The start of a text, cut at a word, when nothing in it matched. */
    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('\n', ' ');
        if (t.length() <= SNIPPET_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET_CHARS);
        return t.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }

    private static List<SearchHit.SnippetPart> parts(String marked) {
        List<SearchHit.SnippetPart> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean hit = false;
        String text = marked.length() > 4 * SNIPPET_CHARS ? marked.substring(0, 4 * SNIPPET_CHARS) + " …" : marked;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == HIT_START || c == HIT_END) {
                if (!run.isEmpty()) {
                    out.add(new SearchHit.SnippetPart(run.toString(), hit));
                    run.setLength(0);
                }
                hit = c == HIT_START;
            } else {
                run.append(c == '\n' ? ' ' : c);
            }
        }
        if (!run.isEmpty()) {
            out.add(new SearchHit.SnippetPart(run.toString(), hit));
        }
        return out;
    }

    /** A respelling of the query when some word has a close spelling found in many more articles. */
    private String didYouMean(UserQuery q, long hits) throws IOException {
        List<String> words = queries.terms(Fields.WORDS, q.text());
        // Worth asking only when the query found little: a well-spelled query finds plenty.
        if (words.isEmpty() || words.size() > 8 || hits >= FEW_HITS) {
            return "";
        }
        DirectSpellChecker spell = new DirectSpellChecker();
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int freq = reader.docFreq(new Term(Fields.WORDS, w));
            SuggestWord[] s = w.length() < 4 ? new SuggestWord[0]
                    : spell.suggestSimilar(new Term(Fields.WORDS, w), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
            if (s.length > 0 && s[0].freq > Math.max(3, 10L * freq)) {
                out.add(s[0].string);
                changed = true;
            } else {
                out.add(w);
            }
        }
        return changed ? String.join(" ", out) : "";
    }

    /** The articles most like this one (over its symptoms, title and keywords), itself excluded. */
    public List<String> related(String id, int n) throws IOException {
        TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.TITLE, Fields.SYMPTOMS, Fields.KEYWORDS});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(20);
        Query like = mlt.like(self.scoreDocs[0].doc);
        TopDocs top = searcher.search(like, n + 1);
        StoredFields stored = searcher.storedFields();
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            String other = stored.document(sd.doc).get(Fields.ID);
            if (!other.equals(id) && out.size() < n) {
                out.add(other);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (ownsDirectory) {
            directory.close();
        }
    }
}
