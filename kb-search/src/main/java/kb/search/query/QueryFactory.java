package kb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.WholeMessages;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link UserQuery} into a Lucene query. The words are matched in the {@linkplain Fields#ABOUT about} field
 * (title, symptoms, keywords and cause, weighted at indexing: one clause a word, where one a word and field cost
 * Lucene three times the work for the same answers), the whole text again as a sloppy phrase in the title (so a
 * cited title ranks first), its first pairs of words side by side each as a phrase of their own there (so a title
 * that says two of a user's words together comes before one that has them apart), the whole text word for word where
 * the symptoms quote messages (so does a pasted error message), and tokens users paste as they are (file names, error
 * numbers) in the exact field. A word-for-word phrase over the whole title and symptoms as well cost a fifth of the
 * search and, beside the messages phrase, lost more on cited titles than it won on pasted messages. The resolution and
 * the rest of the body join in only for a {@linkplain #build(UserQuery, boolean) wide} query, when the others find
 * too little: matching them for every query costs a third of the search and moves no answer up on the development
 * sets. A word no article has is taken for a typo and matched as the words one or two letters off, a little below a
 * word found as typed.
 */
public final class QueryFactory {
    /** Field weights, tuned on the development query sets. */
    public static final float ABOUT = 3.0f;

    static final float RESOLUTION = 0.6f;
    static final float BODY = 0.5f;
    public static final float EXACT = 2.0f;
    /**
     * The whole text as a phrase in the title: a little, as the about field counts a title's words six times already
     * (at 6, titles that say a message came before the articles whose symptoms quote it).
     */
    public static final float TITLE_PHRASE = 1.0f;
    /**
     * Two words side by side in the query, as a phrase of their own in the title: what a title says together ("slow
     * link", "start menu") names a problem more surely than the same words apart. Half the whole text's phrase, so
     * that the browser's title pairs carry both.
     */
    public static final float TITLE_PAIR = TITLE_PHRASE / 2;
    /**
     * The first this many pairs of the query's words count on their own: the first words of a user's query say what
     * the problem is, and each pair is one more entry for the browser's search to read.
     */
    public static final int TITLE_PAIRS = 3;
    /**
     * The whole text word for word in the quoted messages: above all else, so that an article whose symptoms quote a
     * pasted message comes before those that only share its words.
     */
    public static final float MESSAGE_PHRASE = 32.0f;
    /** A misspelled word's similar spellings count this much of a word found as typed. */
    public static final float SIMILAR = 0.7f;
    /** A word two of the query's words make when joined ({@link JoinedWords}) counts this much of a word typed. */
    public static final float JOINED = 0.3f;
    /** A query uses at most this many distinct words: a pasted log's first lines say what it is. */
    public static final int MAX_TERMS = 24;
    /**
     * The longest word whose similar spellings are looked for: no word of an article is longer and misspelled, and
     * the similar spellings of a long word (a pasted hash, a run of random letters) cost more than the whole search.
     */
    public static final int MAX_TYPO = 24;
    /**
     * The most words of a query that get similar spellings: a user's query holds a typo or two; a query with more words
     * no article has is a paste of something else, whose similar spellings would cost more than the search.
     */
    public static final int MAX_MISSPELLED = 8;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final JoinedWords joins;

    /** Queries for the index of this searcher, which tells which words no article has. */
    public QueryFactory(Analyzer analyzer, IndexSearcher searcher) throws IOException {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.joins = searcher == null ? null : new JoinedWords(analyzer, searcher.getIndexReader());
    }

    /**
     * A query; its distinct words as the prose fields (title, symptoms) are analysed, which snippets mark; and whether
     * some of them are in no article and were matched as similar spellings; the key of its text as a whole message
     * ({@link WholeMessages#key(List)}, empty for none), and as written ({@link WholeMessages#asWrittenKey}, empty for
     * a text without capitals).
     */
    public record Main(Query query, List<String> words, boolean misspelled, String wholeMessage, String asWritten) {}

    /** The main query; never fails, matches nothing for text without a word. */
    public Main build(UserQuery q) throws IOException {
        return build(q, false);
    }

    /** The main query, {@code wide} also over the resolution and the rest of the body. */
    public Main build(UserQuery q, boolean wide) throws IOException {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        // The prose analysis serves the words of every prose field and the phrases: done once.
        Map<String, TermStates> looked = new HashMap<>();
        // The text word for word, stop words and all, as the messages are analysed. Analysed once: its first words are
        // the message phrase's and the words as written (the words field is analysed the same way), with which a word
        // is split and two are joined, as written, not as stemmed; all of them (as many as a whole message has) its
        // key.
        List<String> message = AnalysedText.of(analyzer, Fields.MESSAGES, q.text(), WholeMessages.MAX_WORDS + 1)
                .terms();
        List<String> verbatim = message.subList(0, Math.min(message.size(), MAX_TERMS));
        List<String> sequence = apart(sequence(Fields.TITLE, q.text()), verbatim, looked, joins);
        List<String> prose = distinct(sequence);
        boolean any = !prose.isEmpty();
        boolean misspelled = false;
        int respelled = 0;
        for (String t : prose) {
            Term term = new Term(Fields.ABOUT, t);
            // Looked up once: the term query reuses what the look-up found.
            TermStates states = looked.containsKey(t) ? looked.get(t) : TermStates.build(searcher, term, true);
            if (states.docFreq() == 0 && typo(t) && respelled++ < MAX_MISSPELLED) {
                main.add(new BoostQuery(similar(term), ABOUT * SIMILAR), Occur.SHOULD);
                misspelled = true;
            } else {
                main.add(new BoostQuery(new TermQuery(term, states), ABOUT), Occur.SHOULD);
            }
        }
        for (String t : joins.joined(verbatim, prose)) {
            main.add(new BoostQuery(new TermQuery(new Term(Fields.ABOUT, t)), ABOUT * JOINED), Occur.SHOULD);
        }
        if (wide) {
            any |= words(main, Fields.RESOLUTION, prose, RESOLUTION);
            any |= words(main, Fields.BODY, prose, BODY);
        }
        any |= words(main, Fields.EXACT, terms(Fields.EXACT, q.text()), EXACT);
        if (sequence.size() > 1) {
            main.add(new BoostQuery(phrase(Fields.TITLE, sequence, 2), TITLE_PHRASE), Occur.SHOULD);
        }
        for (List<String> pair : pairs(sequence, TITLE_PAIRS)) {
            main.add(new BoostQuery(new TitlePairQuery(pair.get(0), pair.get(1)), TITLE_PAIR), Occur.SHOULD);
        }
        // The text word for word, as an error message is quoted in an article's symptoms.
        if (verbatim.size() > 1) {
            main.add(new BoostQuery(phrase(Fields.MESSAGES, verbatim, 1), MESSAGE_PHRASE), Occur.SHOULD);
        }
        if (!any) {
            return new Main(new MatchNoDocsQuery("no words to search for"), prose, false, "", "");
        }
        BooleanQuery.Builder outer = new BooleanQuery.Builder().add(main.build(), Occur.MUST);
        for (String p : q.phrases()) {
            AnalysedText words = AnalysedText.of(analyzer, Fields.TITLE, p, MAX_TERMS);
            if (words.size() > 0) {
                outer.add(
                        new DisjunctionMaxQuery(
                                List.of(
                                        quoted(Fields.TITLE, words),
                                        quoted(Fields.SYMPTOMS, words),
                                        quoted(Fields.CAUSE, words),
                                        quoted(Fields.RESOLUTION, words),
                                        quoted(Fields.BODY, words)),
                                0.1f),
                        Occur.MUST);
            }
        }
        for (String x : q.excluded()) {
            for (String t : terms(Fields.TITLE, x)) {
                for (String f : List.of(Fields.ABOUT, Fields.RESOLUTION, Fields.BODY)) {
                    outer.add(new TermQuery(new Term(f, t)), Occur.MUST_NOT);
                }
            }
        }
        String whole = WholeMessages.key(message);
        return new Main(outer.build(), prose, misspelled, whole, WholeMessages.asWrittenKey(q.text(), whole));
    }

    /**
     * The terms with each word no article has read as the two words it joins, where a title has them side by side
     * ({@link JoinedWords#split}); the first {@link #MAX_MISSPELLED} such words only. The terms looked up are kept.
     */
    private List<String> apart(
            List<String> terms, List<String> written, Map<String, TermStates> looked, JoinedWords joins)
            throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> halves = new HashMap<>();
        for (String t : terms) {
            if (!looked.containsKey(t)) {
                TermStates states = TermStates.build(searcher, new Term(Fields.ABOUT, t), true);
                looked.put(t, states);
                if (states.docFreq() == 0 && halves.size() < MAX_MISSPELLED) {
                    halves.put(t, joins.split(joins.asWritten(t, written)));
                }
            }
            List<String> two = halves.getOrDefault(t, List.of());
            if (two.isEmpty()) {
                out.add(t);
            } else {
                out.addAll(two);
            }
        }
        return out;
    }

    /**
     * A word that could be a misspelling: four characters or more, starting with a letter, mostly letters
     * ({@code upgarde}, {@code smsapm23}; not an error number or an article id).
     */
    private static boolean typo(String term) {
        if (term.length() < 4 || term.length() > MAX_TYPO || !Character.isLetter(term.charAt(0))) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                letters++;
            }
        }
        return letters * 2 >= term.length();
    }

    /**
     * How many letters a typo of this word may have wrong: none under four letters, one, two for words of eight letters
     * or more, none past {@link #MAX_TYPO}.
     */
    public static int edits(String word) {
        return word.length() < 4 || word.length() > MAX_TYPO ? 0 : word.length() >= 8 ? 2 : 1;
    }

    /** The words as many {@linkplain #edits edits} off as a typo of it may be, the first letter as typed. */
    private static Query similar(Term term) {
        int edits = edits(term.text());
        return edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, 1);
    }

    /** The typo-tolerant fallback: each word may be one or two edits away, in the unstemmed title and symptoms. */
    public Query fuzzy(UserQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> words = terms(Fields.WORDS, q.text());
        int respelled = 0;
        for (String w : words) {
            // Only what could be a misspelling has similar spellings (not a number, an id or a hash), the first
            // MAX_MISSPELLED of them, as in the browser.
            Term t = new Term(Fields.WORDS, w);
            b.add(typo(w) && respelled++ < MAX_MISSPELLED ? similar(t) : new TermQuery(t), Occur.SHOULD);
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

    /** The first distinct pairs of adjacent terms, at most {@code max}, in order. */
    private static Set<List<String>> pairs(List<String> sequence, int max) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (int i = 1; i < sequence.size() && out.size() < max; i++) {
            out.add(List.of(sequence.get(i - 1), sequence.get(i)));
        }
        return out;
    }

    private static Query phrase(String field, List<String> words, int slop) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        for (String w : words) {
            b.add(new Term(field, w));
        }
        return b.build();
    }

    /**
     * A phrase the user quoted: its words in order, standing where the analysis put them, so that the stop words left
     * out between them ({@code "the connection was reset"}) leave the same gaps as in the articles; and, as in the
     * search in the browser (word pairs, no positions), the words may also stand next to each other.
     */
    private static Query quoted(String field, AnalysedText words) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int position = 0;
        int gaps = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                position += words.increment(i);
                gaps += Math.max(0, words.increment(i) - 1);
            }
            b.add(new Term(field, words.term(i)), position);
        }
        return b.setSlop(gaps).build();
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
