package kb.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link UserQuery} into a Lucene query. The words are matched in the {@linkplain Fields#ABOUT about} field
 * (title, symptoms, keywords and cause, weighted at indexing: one clause a word, where one a word and field cost
 * Lucene three times the work for the same answers), the whole text again as a sloppy phrase in the title (so a
 * cited title ranks first) and word for word where the symptoms quote messages (so does a pasted error message), and
 * tokens users paste as they are (file names, error numbers) in the exact field. A word-for-word phrase over the whole
 * title and symptoms as well cost a fifth of the search and, beside the messages phrase, lost more on cited titles than
 * it won on pasted messages. The
 * resolution and the rest of the body join in only for a {@linkplain #build(UserQuery, boolean) wide} query, when the
 * others find too little: matching them for every query costs a third of the search and moves no answer up on the
 * development sets.
 */
public final class QueryFactory {
    /** Field weights, tuned on the development query sets. */
    static final float ABOUT = 3.0f;
    static final float RESOLUTION = 0.6f;
    static final float BODY = 0.5f;
    static final float EXACT = 2.0f;
    static final float TITLE_PHRASE = 6.0f;
    static final float MESSAGE_PHRASE = 8.0f;
    /** A query uses at most this many distinct words: a pasted log's first lines say what it is. */
    static final int MAX_TERMS = 24;

    private final Analyzer analyzer;

    public QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The main query; never fails, matches nothing for text without a word. */
    public Query build(UserQuery q) {
        return build(q, false);
    }

    /** The main query, {@code wide} also over the resolution and the rest of the body. */
    public Query build(UserQuery q, boolean wide) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // The prose analysis serves the words of every prose field and the phrases: done once.
        List<String> sequence = sequence(Fields.TITLE, q.text());
        List<String> prose = distinct(sequence);
        boolean any = false;
        any |= words(main, Fields.ABOUT, prose, ABOUT);
        if (wide) {
            any |= words(main, Fields.RESOLUTION, prose, RESOLUTION);
            any |= words(main, Fields.BODY, prose, BODY);
        }
        any |= words(main, Fields.EXACT, terms(Fields.EXACT, q.text()), EXACT);
        if (sequence.size() > 1) {
            main.add(new BoostQuery(phrase(Fields.TITLE, sequence, 2), TITLE_PHRASE), Occur.SHOULD);
        }
        // The text word for word, stop words and all, as an error message is quoted in an article's symptoms.
        List<String> verbatim = sequence(Fields.MESSAGES, q.text());
        if (verbatim.size() > 1) {
            main.add(new BoostQuery(phrase(Fields.MESSAGES, verbatim, 1), MESSAGE_PHRASE), Occur.SHOULD);
        }
        if (!any) {
            return new MatchNoDocsQuery("no words to search for");
        }
        BooleanQuery.Builder outer = new BooleanQuery.Builder().add(main.build(), Occur.MUST);
        for (String p : q.phrases()) {
            List<String> words = sequence(Fields.TITLE, p);
            if (!words.isEmpty()) {
                outer.add(new DisjunctionMaxQuery(List.of(phrase(Fields.TITLE, words, 0),
                        phrase(Fields.SYMPTOMS, words, 0), phrase(Fields.CAUSE, words, 0),
                        phrase(Fields.RESOLUTION, words, 0), phrase(Fields.BODY, words, 0)), 0.1f), Occur.MUST);
            }
        }
        for (String x : q.excluded()) {
            for (String t : terms(Fields.TITLE, x)) {
                for (String f : List.of(Fields.ABOUT, Fields.RESOLUTION, Fields.BODY)) {
                    outer.add(new TermQuery(new Term(f, t)), Occur.MUST_NOT);
                }
            }
        }
        return outer.build();
    }

    /** The typo-tolerant fallback: each word may be one or two edits away, in the unstemmed title and symptoms. */
    public Query fuzzy(UserQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> words = terms(Fields.WORDS, q.text());
        for (String w : words) {
            int edits = w.length() >= 8 ? 2 : w.length() >= 4 ? 1 : 0;
            b.add(edits == 0 ? new TermQuery(new Term(Fields.WORDS, w))
                    : new FuzzyQuery(new Term(Fields.WORDS, w), edits, 1), Occur.SHOULD);
        }
        return words.isEmpty() ? new MatchNoDocsQuery("no words") : b.build();
    }

    /**
     * Each word in the field, as its own clause of the main query: the same sum of scores as one nested clause per
     * field, but a flat disjunction lets Lucene skip documents that cannot reach the top results.
     */
    private static boolean words(BooleanQuery.Builder into, String field, List<String> terms, float boost) {
        for (String t : terms) {
            into.add(new BoostQuery(new TermQuery(new Term(field, t)), boost), Occur.SHOULD);
        }
        return !terms.isEmpty();
    }

    private static Query phrase(String field, List<String> words, int slop) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        for (String w : words) {
            b.add(new Term(field, w));
        }
        return b.build();
    }

    /** The distinct analyzed terms of the text for a field, at most {@link #MAX_TERMS}. */
    public List<String> terms(String field, String text) {
        return distinct(sequence(field, text));
    }

    private static List<String> distinct(List<String> terms) {
        return new ArrayList<>(new LinkedHashSet<>(terms));
    }

    /** The analyzed terms of the text in order, at most {@link #MAX_TERMS}. */
    List<String> sequence(String field, String text) {
        return AnalysedText.of(analyzer, field, text, MAX_TERMS).terms();
    }
}
