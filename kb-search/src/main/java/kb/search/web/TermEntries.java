package kb.search.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import kb.search.query.QueryFactory;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.KbSimilarity;
import kb.search.schema.NamedProducts;
import kb.search.schema.WholeMessages;
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
 * The entries of the browser's index, read from the search index: each a key and its value, in key order, those of
 * any range of keys made on their own, as a whole build makes them. The key's first letter says what it holds:
 *
 * <ul>
 *   <li>{@code w} and a word as written: the term it analyses to (none for a stop word), so the browser never
 *       analyses; {@code w}, a term and {@link #TERM_END}: whether the term is also a word as written that analyses to
 *       itself (bit 0) and how many products it names (the bits above it, {@link NamedProducts}), those products' keys,
 *       then the term's postings in the about field, which sort right after the words that start with the term, mostly
 *       in the same file;
 *   <li>{@code x} and an exact token, {@code t} and a title word pair, {@code m} and a message word pair: postings;
 *   <li>{@code q} and a whole message's key ({@link WholeMessages}): the articles that quote it, all scored alike;
 *   <li>{@code y}, the first letter, a length letter and a word found in two articles or more: the word's article
 *       count, the candidates for a misspelled word of about that length.
 * </ul>
 *
 * <p>Postings are the articles that have the term, each with its score, the server's BM25F for that term and field
 * with the query's weight for the field folded in, quantized to {@link #STEPS} steps of the term's best score.
 *
 * <p>Scores use the collection statistics handed in, not the index's own: kept from the last whole build, so that an
 * edit of one article leaves the scores of the others as they were, and only the entries of its words change. Each
 * entry depends only on the articles that have its word (a pair's also on how common its two words are).
 */
final class TermEntries {
    /** A word's postings are cut to its best this many: a word in more articles than this tells little. */
    static final int MAX_POSTINGS = 4_096;
    /** Words in fewer articles than this are not offered for a misspelled word. */
    static final int TYPO_MIN_ARTICLES = 2;

    /** Up to this many documents left out, a term's live count is found by jumping to each. */
    private static final int FEW_LEFT_OUT = 256;

    /** Scores are kept as this many steps of a term's best score. */
    static final int STEPS = 15;

    /** The key letter of a word as written, and of a term's postings. */
    static final char WORD = 'w';
    /** The key letter of an exact token's postings. */
    static final char EXACT = 'x';
    /** The key letter of a whole message's articles ({@link WholeMessages}). */
    static final char WHOLE = 'q';
    /** What ends the key of a term's postings: after every word that starts with the term. */
    static final char TERM_END = '\uffff';

    /**
     * Where {@link #forEach} cuts the keys into slices: the keys of each kind (pairs, whole messages, words, exact
     * tokens, misspelling candidates) by their second character.
     */
    private static final List<String> SLICES = "mqtwxy"
            .chars()
            .boxed()
            .flatMap(kind -> "0123456789abcdefghijklmnopqrstuvwxyz"
                    .chars()
                    .mapToObj(c -> String.valueOf((char) kind.intValue()) + (char) c))
            .toList();

    /** The fields whose statistics scores need. */
    static final List<String> SCORED = List.of(Fields.ABOUT, Fields.EXACT, Fields.TITLE, Fields.MESSAGES);

    private final IndexReader reader;
    private final int[] docnums;
    /** The documents of the reader the browser leaves out, in order: the old versions of changed articles. */
    private final int[] leftOut;

    private final Map<String, CollectionStatistics> stats;
    /** What each word that names products names ({@link NamedProducts#all}), written into its entry. */
    private final Map<String, List<String>> namedProducts;

    private final Similarity similarity = KbSimilarity.get();
    private final Analyzer prose = KbAnalyzers.prose();
    // Shared by the threads that make ranges of entries at once.
    private final Map<String, long[]> norms = new ConcurrentHashMap<>();
    private final Map<String, FieldScorer> scorers = new ConcurrentHashMap<>();
    private final Map<String, Float> titleWords = new ConcurrentHashMap<>();
    private final Map<String, Float> messageWords = new ConcurrentHashMap<>();

    /**
     * @param docnums the browser's number of each document of the reader, -1 for those it leaves out (deleted ones)
     * @param stats the collection statistics to score with, by field
     */
    TermEntries(IndexReader reader, int[] docnums, Map<String, CollectionStatistics> stats) throws IOException {
        this.reader = reader;
        this.docnums = docnums;
        this.stats = stats;
        this.namedProducts = NamedProducts.all(reader);
        this.leftOut =
                IntStream.range(0, docnums.length).filter(d -> docnums[d] < 0).toArray();
    }

    /** One entry: its key and the bytes of its value. */
    record Entry(String key, byte[] value) {}

    /** The key of a term's postings. */
    static String termKey(String term) {
        return WORD + term + TERM_END;
    }

    /** The key of an exact token's postings. */
    static String exactKey(String token) {
        return EXACT + token;
    }

    /** The key of a whole message's articles. */
    static String wholeKey(String key) {
        return WHOLE + key;
    }

    /** Hands every entry to the sink, in key order. */
    void forEach(Consumer<Entry> sink) throws IOException {
        forEach("", null, sink);
    }

    /**
     * Hands every entry whose key is at or after {@code from} and before {@code to} (null: no end) to the sink, in key
     * order. (The index orders terms by their UTF-8 bytes, keys are compared by UTF-16 units: the same but for
     * characters from U+E000 on against those past U+FFFF, which no range boundary falls between in practice.)
     */
    void forEach(String from, String to, Consumer<Entry> sink) throws IOException {
        // A slice at a time, so that a slice's entries are all that is held at once, not those of a whole kind.
        String lo = from;
        for (String cut : SLICES) {
            if (cut.compareTo(lo) > 0 && (to == null || cut.compareTo(to) < 0)) {
                slice(lo, cut, sink);
                lo = cut;
            }
        }
        slice(lo, to, sink);
    }

    private void slice(String from, String to, Consumer<Entry> sink) throws IOException {
        emit(pairs(from, to), sink);
        Span whole = Span.of(WHOLE, from, to);
        if (whole != null) {
            emit(wholeMessages(whole), sink);
        }
        Span words = Span.of(WORD, from, to);
        if (words != null) {
            List<Entry> out = words(words);
            out.addAll(termPostings(words));
            emit(out, sink);
        }
        Span exact = Span.of(EXACT, from, to);
        if (exact != null) {
            emit(exactPostings(exact), sink);
        }
        Span typos = Span.of('y', from, to);
        if (typos != null) {
            emit(typos(typos), sink);
        }
    }

    private static void emit(List<Entry> entries, Consumer<Entry> sink) {
        entries.sort((p, q) -> p.key().compareTo(q.key()));
        entries.forEach(sink);
    }

    /**
     * The keys of one kind in a range: the kind's letter, then the part of the range after it ({@code from} at or
     * before the part's start, {@code to} null for no end).
     */
    private record Span(char kind, String from, String to) {
        static Span of(char kind, String from, String to) {
            String lo;
            if (from.isEmpty() || from.charAt(0) < kind) {
                lo = "";
            } else if (from.charAt(0) == kind) {
                lo = from.substring(1);
            } else {
                return null;
            }
            String hi;
            if (to == null || to.charAt(0) > kind) {
                hi = null;
            } else if (to.charAt(0) == kind && to.length() > 1) {
                hi = to.substring(1);
            } else {
                return null;
            }
            return new Span(kind, lo, hi);
        }

        boolean holds(String rest) {
            return rest.compareTo(from) >= 0 && (to == null || rest.compareTo(to) < 0);
        }

        /** Whether a term at or past this one is past the span. */
        boolean past(String rest) {
            return to != null && rest.compareTo(to) >= 0;
        }
    }

    /** The terms of a field from the first at or after {@code from}. */
    private TermsEnum seek(String field, String from) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        return te.seekCeil(new BytesRef(from)) == TermsEnum.SeekStatus.END ? null : te;
    }

    /** The postings of an exact token, scored, under {@code x} and the token. */
    private List<Entry> exactPostings(Span span) throws IOException {
        List<Entry> out = new ArrayList<>();
        TermsEnum te = seek(Fields.EXACT, span.from());
        if (te == null) {
            return out;
        }
        FieldScorer scorer = scorer(Fields.EXACT);
        Scored scored = new Scored();
        PostingsEnum pe = null;
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            String token = t.utf8ToString();
            if (span.past(token)) {
                break;
            }
            pe = te.postings(pe, PostingsEnum.FREQS);
            score(pe, scored, scorer, 1, norms(Fields.EXACT));
            // The idf of the articles that have the term now: an index counts old versions of changed articles until
            // a merge takes them away, and a merge must not change what the browser's files hold.
            if (scored.size > 0) {
                out.add(new Entry(exactKey(token), scored.encode(QueryFactory.EXACT * scorer.idf(scored.size))));
            }
        }
        return out;
    }

    /** The articles that quote each whole message whose key is in the span, all scored alike. */
    private List<Entry> wholeMessages(Span span) throws IOException {
        List<Entry> out = new ArrayList<>();
        TermsEnum te = seek(Fields.WHOLE, span.from());
        if (te == null) {
            return out;
        }
        Scored scored = new Scored();
        PostingsEnum pe = null;
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            String key = t.utf8ToString();
            if (span.past(key)) {
                break;
            }
            pe = te.postings(pe, PostingsEnum.NONE);
            scored.clear();
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (docnums[doc] >= 0) {
                    scored.add(docnums[doc], 1);
                }
            }
            if (scored.size > 0) {
                out.add(new Entry(wholeKey(key), scored.encode(1)));
            }
        }
        return out;
    }

    /** The postings of each about term whose key is in the span. */
    private List<Entry> termPostings(Span span) throws IOException {
        List<Entry> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.ABOUT);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        TermsEnum words = termsEnum(Fields.WORDS);
        FieldScorer scorer = scorer(Fields.ABOUT);
        Scored scored = new Scored();
        // A term's key sorts after every word that starts with it: the terms that start the span's first key hold
        // keys in it too.
        List<String> found = new ArrayList<>();
        for (int n = 1; n < span.from().length(); n++) {
            if (te.seekExact(new BytesRef(span.from().substring(0, n)))) {
                found.add(span.from().substring(0, n));
            }
        }
        for (String term : found) {
            te.seekExact(new BytesRef(term));
            termEntry(te, words, term, span, scorer, scored, out);
        }
        if (te.seekCeil(new BytesRef(span.from())) == TermsEnum.SeekStatus.END) {
            return out;
        }
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            String term = t.utf8ToString();
            if (span.past(term)) {
                break;
            }
            termEntry(te, words, term, span, scorer, scored, out);
        }
        return out;
    }

    private void termEntry(
            TermsEnum te, TermsEnum words, String term, Span span, FieldScorer scorer, Scored scored, List<Entry> out)
            throws IOException {
        if (!span.holds(term + TERM_END)) {
            return;
        }
        score(te.postings(null, PostingsEnum.FREQS), scored, scorer, 1, norms(Fields.ABOUT));
        if (scored.size > 0) {
            byte[] postings = scored.encode(QueryFactory.ABOUT * scorer.idf(scored.size));
            List<String> named = namedProducts.getOrDefault(term, List.of());
            Packer value = new Packer(postings.length + 1).vint((spelledAsIs(words, term) ? 1 : 0) | named.size() << 1);
            named.forEach(value::string);
            out.add(new Entry(termKey(term), value.bytes(postings).toByteArray()));
        }
    }

    /** Whether a term is also a word as written, in some article, that analyses to itself. */
    private boolean spelledAsIs(TermsEnum words, String term) throws IOException {
        return words.seekExact(new BytesRef(term)) && liveCount(words) > 0 && spelledAsIs(prose, term);
    }

    /**
     * The word pairs, scored as the server scores two of the query's words as a phrase in the title, and half a
     * phrase of two words in the messages: a phrase of n words has n - 1 pairs, which the browser adds up and scales
     * (the title's whole phrase weighs twice a pair).
     */
    private List<Entry> pairs(String from, String to) throws IOException {
        List<Entry> out = new ArrayList<>();
        TermsEnum te = seek(Fields.PAIRS, from);
        if (te == null) {
            return out;
        }
        TermsEnum title = termsEnum(Fields.TITLE);
        TermsEnum messages = termsEnum(Fields.MESSAGES);
        PostingsEnum pe = null;
        Scored scored = new Scored();
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            String pair = t.utf8ToString();
            if (to != null && pair.compareTo(to) >= 0) {
                break;
            }
            int space = pair.indexOf(' ');
            if (space < 2) {
                continue;
            }
            boolean isTitle = pair.charAt(0) == WordPairs.TITLE;
            String field = isTitle ? Fields.TITLE : Fields.MESSAGES;
            Float first = pairWordIdf(field, isTitle ? title : messages, pair.substring(1, space));
            Float second = pairWordIdf(field, isTitle ? title : messages, pair.substring(space + 1));
            if (first == null || second == null) {
                continue;
            }
            // A phrase's weight is the sum of its words' idf.
            float weight = (isTitle ? QueryFactory.TITLE_PAIR : QueryFactory.MESSAGE_PHRASE / 2) * (first + second);
            pe = te.postings(pe, PostingsEnum.FREQS);
            score(pe, scored, scorer(field), weight, norms(field));
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

    /** A pair's word's idf in its field, in steps (see {@link #pairWordIdf(FieldScorer, int)}); null when none has it. */
    private Float pairWordIdf(String field, TermsEnum words, String word) throws IOException {
        Map<String, Float> cache = field.equals(Fields.TITLE) ? titleWords : messageWords;
        // NaN stands for none in the cache, which holds no nulls.
        Float idf = cache.get(word);
        if (idf == null) {
            Float found = words.seekExact(new BytesRef(word)) ? pairWordIdf(scorer(field), liveCount(words)) : null;
            idf = found == null ? Float.NaN : found;
            cache.put(word, idf);
        }
        return idf.isNaN() ? null : idf;
    }

    /**
     * A pair's word's idf when {@code n} articles have the word in the pair's field, in steps of 1/64: an article more
     * or less with a common word leaves its pairs' scores as they were (they are spread over thousands of files), but
     * for the rare edit that crosses a step. Null when none has it.
     */
    private static Float pairWordIdf(FieldScorer scorer, int n) {
        return n == 0 ? null : Math.round(scorer.idf(n) * 64) / 64f;
    }

    /**
     * Whether the pairs of a word of the title or the messages weigh differently now that {@code n} articles have it
     * than when {@code before} did.
     */
    boolean pairWeightChanged(String field, int before, int n) {
        return !Objects.equals(pairWordIdf(scorer(field), before), pairWordIdf(scorer(field), n));
    }

    /** How many of the articles the browser numbers have a word in a field now. */
    int liveCount(String field, String word) throws IOException {
        TermsEnum te = termsEnum(field);
        return te.seekExact(new BytesRef(word)) ? liveCount(te) : 0;
    }

    /** How many of the articles the browser numbers have the term the enum stands on. */
    private int liveCount(TermsEnum te) throws IOException {
        if (leftOut.length == 0) {
            return te.docFreq();
        }
        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
        if (leftOut.length > FEW_LEFT_OUT) {
            int n = 0;
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (docnums[doc] >= 0) {
                    n++;
                }
            }
            return n;
        }
        // The term's count less the documents left out that have it: a few jumps through its postings.
        int n = te.docFreq();
        for (int d : leftOut) {
            int doc = pe.docID() >= d ? pe.docID() : pe.advance(d);
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (doc == d) {
                n--;
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

    /** The words as written in the span, with the terms they analyse to. */
    private List<Entry> words(Span span) throws IOException {
        List<Entry> out = new ArrayList<>();
        TermsEnum te = seek(Fields.WORDS, span.from());
        if (te == null) {
            return out;
        }
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            String word = t.utf8ToString();
            if (span.past(word)) {
                break;
            }
            if (liveCount(te) > 0) {
                out.add(new Entry(WORD + word, wordValue(word, analyse(word))));
            }
        }
        return out;
    }

    /**
     * A word's value: the length it shares with its term plus one, then the rest of the term; 0 alone for a stop word.
     */
    private static byte[] wordValue(String word, String term) {
        if (term == null) {
            return new byte[] {0};
        }
        int shared = Packer.shared(term, word);
        return new Packer().vint(shared + 1).string(term.substring(shared)).toByteArray();
    }

    /** The candidates for misspellings in the span: words of two articles or more, by first letter and length. */
    private List<Entry> typos(Span span) throws IOException {
        List<Entry> out = new ArrayList<>();
        // The span's keys are a first letter, a length letter and a word: only words of the first letters it covers.
        String first = span.from().isEmpty() ? "" : span.from().substring(0, 1);
        TermsEnum te = seek(Fields.WORDS, first);
        if (te == null) {
            return out;
        }
        for (BytesRef t = te.term(); t != null; t = te.next()) {
            // Most words are ASCII: their first letter and length are read off the bytes, and only those of the
            // lengths the span holds are made strings.
            if (ascii(t)) {
                char letter = (char) t.bytes[t.offset];
                if (span.to() != null && letter > span.to().charAt(0)) {
                    break;
                }
                char length = (char) ('@' + t.length);
                if (startsBefore(letter, length, span.from())
                        || (span.to() != null
                                && !startsBefore(letter, length, span.to())
                                && !startsAs(letter, length, span.to()))) {
                    continue;
                }
            }
            String word = t.utf8ToString();
            if (span.to() != null && word.charAt(0) > span.to().charAt(0)) {
                break;
            }
            if (typoCandidate(word) && span.holds(typoKey(word).substring(1))) {
                int df = liveCount(te);
                if (df >= TYPO_MIN_ARTICLES) {
                    out.add(new Entry(typoKey(word), new Packer().vint(df).toByteArray()));
                }
            }
        }
        return out;
    }

    private static boolean ascii(BytesRef t) {
        for (int i = t.offset; i < t.offset + t.length; i++) {
            if (t.bytes[i] < 0) {
                return false;
            }
        }
        return t.length > 0;
    }

    /** Whether every key starting with these two characters sorts before {@code key}. */
    private static boolean startsBefore(char first, char second, String key) {
        if (key.isEmpty()) {
            return false;
        }
        if (first != key.charAt(0)) {
            return first < key.charAt(0);
        }
        return key.length() > 1 && second < key.charAt(1);
    }

    /** Whether {@code key} starts with these two characters, or with the first when it has only one. */
    private static boolean startsAs(char first, char second, String key) {
        return !key.isEmpty() && first == key.charAt(0) && (key.length() == 1 || second == key.charAt(1));
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
    private String analyse(String word) {
        return termOf(prose, word);
    }

    /** The prose term of one word as this analyzer makes it (the title's analysis), or null for a stop word. */
    static String termOf(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a word as written analyses to itself: then its term's entry says so, and the browser, looking for the
     * term's key first, needs no word entry for it.
     */
    static boolean spelledAsIs(Analyzer analyzer, String word) {
        return word.equals(termOf(analyzer, word));
    }

    /** Each document's length in a field, as the index keeps it; 0 where it has none. */
    private long[] norms(String field) {
        return norms.computeIfAbsent(field, f -> {
            long[] out = new long[reader.maxDoc()];
            try {
                NumericDocValues values = MultiDocValues.getNormValues(reader, f);
                if (values != null) {
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        out[doc] = values.longValue();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    private FieldScorer scorer(String field) {
        return scorers.computeIfAbsent(field, FieldScorer::new);
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
