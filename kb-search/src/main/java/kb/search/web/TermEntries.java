package kb.search.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kb.search.query.QueryFactory;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.KbSimilarity;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The entries of the browser's index, read from the search index: each a key and its value, in key order. The key's
 * first letter says what it holds:
 *
 * <ul>
 *   <li>{@code w} and a word as written: the term it analyses to (none for a stop word), so the browser never
 *       analyses, and the term's postings in the about field, or the word of the term that holds them (words of a
 *       term mostly share their start, so they are mostly in the same file);
 *   <li>{@code x} and an exact token, {@code t} and a title word pair, {@code m} and a message word pair: postings;
 *   <li>{@code y}, the first letter, a length letter and a word found in two articles or more: the word's article
 *       count, the candidates for a misspelled word of about that length.
 * </ul>
 *
 * <p>Postings are the articles that have the term, each with its score, the server's BM25F for that term and field
 * with the query's weight for the field folded in, quantized to {@link #STEPS} steps of the term's best score.
 *
 * <p>Scores use the collection statistics handed in, not the index's own: kept from the last whole build, so that an
 * edit of one article leaves the scores of the others as they were, and only the parts of the index holding its terms
 * change.
 */
final class TermEntries {
    /** A word's postings are cut to its best this many: a word in more articles than this tells little. */
    static final int MAX_POSTINGS = 8_192;
    /** Words in fewer articles than this are not offered for a misspelled word. */
    static final int TYPO_MIN_ARTICLES = 2;

    /** Scores are kept as this many steps of a term's best score. */
    static final int STEPS = 63;

    private final IndexReader reader;
    private final int[] docnums;
    private final Map<String, CollectionStatistics> stats;
    private final Similarity similarity = KbSimilarity.get();
    private final Analyzer prose = KbAnalyzers.prose();

    /**
     * @param docnums the browser's number of each document of the reader, -1 for those it leaves out (deleted ones)
     * @param stats the collection statistics to score with, by field
     */
    TermEntries(IndexReader reader, int[] docnums, Map<String, CollectionStatistics> stats) {
        this.reader = reader;
        this.docnums = docnums;
        this.stats = stats;
    }

    /** The fields whose statistics scores need. */
    static final List<String> SCORED = List.of(Fields.ABOUT, Fields.EXACT, Fields.TITLE, Fields.MESSAGES);

    /** One entry: its key and the bytes of its value. */
    record Entry(String key, byte[] value) {}

    /** Hands every entry to the sink, in key order. */
    void forEach(Consumer<Entry> sink) throws IOException {
        // One field at a time, each list let go once handed on: the lists of a large archive are large.
        Map<String, byte[]> about = new HashMap<>();
        for (Entry e : postings("", Fields.ABOUT, QueryFactory.ABOUT)) {
            about.put(e.key(), e.value());
        }
        emit(pairs(), sink);
        List<Entry> typos = new ArrayList<>();
        emit(words(about, typos), sink);
        about.clear();
        emit(postings("x", Fields.EXACT, QueryFactory.EXACT), sink);
        emit(typos, sink);
    }

    private static void emit(List<Entry> entries, Consumer<Entry> sink) {
        // The index orders terms by their UTF-8 bytes, the browser compares UTF-16 units: the same but for a few.
        entries.sort((p, q) -> p.key().compareTo(q.key()));
        entries.forEach(sink);
    }

    /** The postings of each term of a field with their scores, under keys of the term after a prefix. */
    private List<Entry> postings(String prefix, String field, float boost) throws IOException {
        List<Entry> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        long[] norms = norms(field);
        FieldScorer scorer = new FieldScorer(field);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        Scored scored = new Scored();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            score(pe, scored, scorer, 1, norms);
            // The idf of the articles that have the term now: an index counts old versions of changed articles until
            // a merge takes them away, and a merge must not change what the browser's files hold.
            if (scored.size > 0) {
                out.add(new Entry(prefix + t.utf8ToString(), scored.encode(boost * scorer.idf(scored.size))));
            }
        }
        return out;
    }

    /**
     * The word pairs, scored as the server scores a phrase of two words in the title or the messages (half of it: a
     * phrase of n words has n - 1 pairs, the browser adds them up and scales the sum).
     */
    private List<Entry> pairs() throws IOException {
        List<Entry> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.PAIRS);
        if (terms == null) {
            return out;
        }
        long[] titleNorms = norms(Fields.TITLE);
        long[] messageNorms = norms(Fields.MESSAGES);
        Map<String, Float> titleWords = new HashMap<>();
        Map<String, Float> messageWords = new HashMap<>();
        FieldScorer titleScorer = new FieldScorer(Fields.TITLE);
        FieldScorer messageScorer = new FieldScorer(Fields.MESSAGES);
        TermsEnum title = termsEnum(Fields.TITLE);
        TermsEnum messages = termsEnum(Fields.MESSAGES);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        Scored scored = new Scored();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String pair = t.utf8ToString();
            int space = pair.indexOf(' ');
            if (space < 2) {
                continue;
            }
            boolean isTitle = pair.charAt(0) == WordPairs.TITLE;
            Map<String, Float> cache = isTitle ? titleWords : messageWords;
            TermsEnum words = isTitle ? title : messages;
            FieldScorer scorer = isTitle ? titleScorer : messageScorer;
            Float first = idf(words, cache, scorer, pair.substring(1, space));
            Float second = idf(words, cache, scorer, pair.substring(space + 1));
            if (first == null || second == null) {
                continue;
            }
            // A phrase's weight is the sum of its words' idf.
            float weight = (isTitle ? QueryFactory.TITLE_PHRASE : QueryFactory.MESSAGE_PHRASE) / 2 * (first + second);
            long[] norms = isTitle ? titleNorms : messageNorms;
            pe = te.postings(pe, PostingsEnum.FREQS);
            score(pe, scored, scorer, weight, norms);
            if (scored.size > 0) {
                out.add(new Entry(pair, scored.encode(1)));
            }
        }
        return out;
    }

    /** Scores a term's postings into {@code scored}: the articles the browser numbers, each once. */
    private void score(PostingsEnum pe, Scored scored, FieldScorer scorer, float weight, long[] norms)
            throws IOException {
        scored.clear();
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            if (docnums[doc] >= 0) {
                scored.add(docnums[doc], scorer.score(weight, pe.freq(), norms[doc]));
            }
        }
    }

    private TermsEnum termsEnum(String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        return terms == null ? TermsEnum.EMPTY : terms.iterator();
    }

    /** A word's idf in a field, of the articles that have it now; null when none has. */
    private Float idf(TermsEnum words, Map<String, Float> cache, FieldScorer scorer, String word) throws IOException {
        Float idf = cache.get(word);
        if (idf == null && !cache.containsKey(word)) {
            if (words.seekExact(new BytesRef(word))) {
                // In steps of 1/64: an article more or less with a common word leaves its pairs' scores as they were
                // (they are spread over thousands of files), but for the rare edit that crosses a step.
                int n = liveCount(words);
                idf = n == 0 ? null : Math.round(scorer.idf(n) * 64) / 64f;
            }
            cache.put(word, idf);
        }
        return idf;
    }

    /** How many of the articles the browser numbers have the term the enum stands on. */
    private int liveCount(TermsEnum te) throws IOException {
        if (!reader.hasDeletions()) {
            return te.docFreq();
        }
        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
        int n = 0;
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            if (docnums[doc] >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * A field's BM25, as the server's similarity scores it: a term's score is its weight (the query's boost times its
     * idf) times a part that depends only on the frequency and the article's length. One Lucene scorer a field gives
     * that part; making one for each of a million terms would cost seconds.
     */
    private final class FieldScorer {
        private final Similarity.SimScorer unit;
        private final float unitIdf;
        private final long docCount;

        FieldScorer(String field) {
            CollectionStatistics collection = stats.get(field);
            this.docCount = collection.docCount();
            this.unitIdf = idf(1);
            this.unit = similarity.scorer(1f, collection, new TermStatistics(new BytesRef("x"), 1, 1));
        }

        /**
         * BM25's idf, as Lucene's {@code BM25Similarity} computes it. The article count is the one kept from the last
         * whole build, or the term's own count where that is more (an index counts the old versions of changed
         * articles until it merges them away).
         */
        float idf(long docFreq) {
            long n = Math.max(docCount, docFreq);
            return (float) Math.log(1 + (n - docFreq + 0.5D) / (docFreq + 0.5D));
        }

        float score(float weight, float freq, long norm) {
            return unit.score(freq, norm) / unitIdf * weight;
        }
    }

    /**
     * The words as written with the terms they analyse to; each term's postings in the about field at the word of it
     * found in most articles (its home), the other words of the term pointing there; the candidates for misspellings
     * into {@code typos}.
     */
    private List<Entry> words(Map<String, byte[]> about, List<Entry> typos) throws IOException {
        List<Entry> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        if (terms == null) {
            return out;
        }
        List<String> words = new ArrayList<>();
        List<String> termOfWord = new ArrayList<>();
        Map<String, String> home = new HashMap<>();
        Map<String, Integer> homeArticles = new HashMap<>();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            int df = liveCount(te);
            if (df == 0) {
                continue;
            }
            String word = t.utf8ToString();
            String term = analyse(word);
            words.add(word);
            termOfWord.add(term);
            if (term != null && df > homeArticles.getOrDefault(term, 0)) {
                home.put(term, word);
                homeArticles.put(term, df);
            }
            if (df >= TYPO_MIN_ARTICLES && typoCandidate(word)) {
                typos.add(new Entry(typoKey(word), new Packer().vint(df).toByteArray()));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String term = termOfWord.get(i);
            out.add(new Entry(WORD + word, wordValue(word, term, home.get(term), about.get(term))));
        }
        return out;
    }

    /** The key letter of a word as written. */
    static final char WORD = 'w';

    /**
     * A word's value: the length it shares with its term plus one, then the rest of the term (0 alone for a stop
     * word); then {@code 1} and the term's postings at its home, {@code 2} and the home word elsewhere, or {@code 0}
     * when no article is about the term.
     */
    private static byte[] wordValue(String word, String term, String home, byte[] postings) {
        if (term == null) {
            return new byte[] {0};
        }
        int shared = Packer.shared(term, word);
        Packer p = new Packer().vint(shared + 1).string(term.substring(shared));
        if (postings == null) {
            p.vint(0);
        } else if (word.equals(home)) {
            p.vint(1).bytes(postings);
        } else {
            p.vint(2).string(home, word);
        }
        return p.toByteArray();
    }

    /** A word offered for misspellings: three letters or more, a letter first. */
    static boolean typoCandidate(String word) {
        return word.length() >= 3 && word.length() <= 40 && Character.isLetter(word.charAt(0));
    }

    /** The key of a word among the candidates for misspellings: by first letter and length, then the word. */
    static String typoKey(String word) {
        return "y" + word.charAt(0) + (char) ('@' + word.length()) + word;
    }

    /** The prose term of one word, or null for a stop word. */
    private String analyse(String word) throws IOException {
        try (TokenStream ts = prose.tokenStream(Fields.TITLE, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return out;
        }
    }

    /** Each document's length in a field, as the index keeps it; 0 where it has none. */
    private long[] norms(String field) throws IOException {
        long[] out = new long[reader.maxDoc()];
        NumericDocValues values = MultiDocValues.getNormValues(reader, field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = values.longValue();
            }
        }
        return out;
    }

    /** One term's scored postings, encoded best first. */
    private static final class Scored {
        int size;
        int[] docs = new int[1024];
        float[] scores = new float[1024];

        void clear() {
            size = 0;
        }

        void add(int doc, float score) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            docs[size] = doc;
            scores[size] = score;
            size++;
        }

        /**
         * The best score, how many, the numbers' gaps in increasing order, then each one's step: two runs of small
         * numbers, which deflate well. A word's postings are cut to its best {@link #MAX_POSTINGS}.
         */
        byte[] encode(float weight) {
            float max = 0;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, scores[i]);
            }
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                int step = Math.max(1, Math.round(scores[i] / max * STEPS));
                order[i] = ((long) (STEPS - step) << 32) | docs[i];
            }
            Arrays.sort(order);
            int n = Math.min(size, MAX_POSTINGS);
            long[] kept = new long[n];
            for (int i = 0; i < n; i++) {
                kept[i] = ((order[i] & 0xffffffffL) << 32) | (STEPS - (order[i] >>> 32));
            }
            Arrays.sort(kept);
            Packer p = new Packer(n * 2 + 8).f32(max * weight).vint(n);
            int previous = -1;
            for (long k : kept) {
                int doc = (int) (k >>> 32);
                p.vint(doc - previous - 1);
                previous = doc;
            }
            byte[] steps = new byte[n];
            for (int i = 0; i < n; i++) {
                steps[i] = (byte) kept[i];
            }
            return p.bytes(steps).toByteArray();
        }
    }
}
