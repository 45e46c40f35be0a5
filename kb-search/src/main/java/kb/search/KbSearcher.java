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
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
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
    private static final int SNIPPET_CHARS = 240;

    private final Directory directory;
    /** Whether this object opened the directory, and so closes it. */
    private final boolean ownsDirectory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = KbAnalyzers.perField();
    private final QueryFactory queries = new QueryFactory(analyzer);
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;

    private KbSearcher(Directory directory, boolean owns) throws IOException {
        this.directory = directory;
        this.ownsDirectory = owns;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, KbIndex.FACETS);
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
        int n = request.page() * request.pageSize();
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
        boolean fuzzy = false;
        if (result.topDocs().totalHits.value() == 0 && !q.text().isBlank()) {
            Query loose = filtered(queries.fuzzy(q), product, year);
            FacetsCollectorManager.FacetsResult second =
                    FacetsCollectorManager.search(searcher, loose, n, new FacetsCollectorManager());
            if (second.topDocs().totalHits.value() > 0) {
                result = second;
                query = loose;
                fuzzy = true;
            }
        }
        TopDocs top = result.topDocs();
        List<SearchHit> hits = hits(top, query, (request.page() - 1) * request.pageSize());
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
        return new SearchResult(top.totalHits.value(), request.page(), request.pageSize(), hits,
                counts(facets, Fields.PRODUCT), counts(facets, Fields.YEAR), counts(facets, Fields.ISSUE_TYPE),
                didYouMean(q, top.totalHits.value()), fuzzy);
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

    private List<SearchHit> hits(TopDocs top, Query query, int from) throws IOException {
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
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

    private static List<FacetCount> counts(Facets facets, String dim) throws IOException {
        try {
            FacetResult r = facets.getTopChildren(FACET_VALUES, dim);
            if (r == null) {
                return List.of();
            }
            List<FacetCount> out = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.intValue()));
            }
            return out;
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
    }

    /** A respelling of the query when some word has a close spelling found in many more articles. */
    private String didYouMean(UserQuery q, long hits) throws IOException {
        List<String> words = queries.terms(Fields.WORDS, q.text());
        if (words.isEmpty() || words.size() > 8) {
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
