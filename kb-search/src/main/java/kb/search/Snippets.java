package kb.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.search.schema.Fields;
import kb.search.schema.TermPlaces;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;

/**
 * Cuts a result's snippet from its symptoms: the (at most two) sentences that hold the most distinct words of the
 * query, in text order, with those words marked; or the start of the text when none does. Where the words stand is
 * read from the places each article keeps of its symptoms' terms ({@link TermPlaces}), so a query's {@code printing}
 * marks {@code printed} as the search matched it, and no result's text is analysed again.
 */
final class Snippets {
    /** A snippet is about this long; a longer sentence is cut. */
    static final int CHARS = 240;

    private static final int PASSAGES = 2;
    private static final String GAP = " … ";

    private Snippets() {}

    /** A match: where it is in the text. */
    record Mark(int start, int end, String term) {}

    /** A sentence and how many distinct terms of the query it holds. */
    private record Passage(int start, int end, int score) {}

    /**
     * Where the analysed terms stand in the symptoms of each document: one list for each of {@code docs}, in the same
     * order, each in text order.
     */
    static List<List<Mark>> marks(IndexReader reader, int[] docs, Collection<String> terms) throws IOException {
        List<List<Mark>> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            out.add(new ArrayList<>());
        }
        if (terms.isEmpty()) {
            return out;
        }
        ByHash byHash = ByHash.of(terms);
        // Doc values are read forward: the documents are visited in index order, segment by segment.
        long[] byDoc = sortedWithIndex(docs);
        int[] sorted = new int[docs.length];
        int[] order = new int[docs.length];
        for (int k = 0; k < byDoc.length; k++) {
            sorted[k] = key(byDoc[k]);
            order[k] = index(byDoc[k]);
        }
        Segments.forEach(reader, sorted, (segment, from, to) -> {
            BinaryDocValues places = segment.reader().getBinaryDocValues(Fields.SYMPTOM_PLACES);
            if (places == null) {
                return;
            }
            for (int k = from; k < to; k++) {
                if (places.advanceExact(sorted[k] - segment.docBase)) {
                    List<Mark> marks = out.get(order[k]);
                    TermPlaces.decode(places.binaryValue(), (hash, start, end) -> {
                        String term = byHash.get(hash);
                        if (term != null) {
                            marks.add(new Mark(start, end, term));
                        }
                    });
                }
            }
        });
        return out;
    }

    /**
     * Each key with its index in {@code keys}, in one long ({@link #key}, {@link #index}), sorted by key: a sort that
     * keeps where each key came from without boxing.
     */
    private static long[] sortedWithIndex(int[] keys) {
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (long) keys[i] << 32 | i;
        }
        Arrays.sort(out);
        return out;
    }

    private static int key(long keyed) {
        return (int) (keyed >> 32);
    }

    private static int index(long keyed) {
        return (int) keyed;
    }

    /** The query's terms, sorted by their {@linkplain TermPlaces#hash hashes}: one binary search a term of an article. */
    private record ByHash(int[] hashes, String[] terms) {
        static ByHash of(Collection<String> terms) {
            List<String> list = List.copyOf(terms);
            int[] hashes = new int[list.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = TermPlaces.hash(list.get(i));
            }
            long[] byHash = sortedWithIndex(hashes);
            String[] sorted = new String[byHash.length];
            for (int k = 0; k < byHash.length; k++) {
                hashes[k] = key(byHash[k]);
                sorted[k] = list.get(index(byHash[k]));
            }
            return new ByHash(hashes, sorted);
        }

        /** The query's term with this hash, or null. */
        String get(int hash) {
            int at = Arrays.binarySearch(hashes, hash);
            return at < 0 ? null : terms[at];
        }
    }

    /**
     * Where the sentences of a text end, in order, the last at the text's end: found once for each article (the
     * JDK's sentence rules cost more than the rest of a snippet).
     */
    static int[] sentenceEnds(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int[] ends = new int[8];
        int n = 0;
        sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = end;
        }
        return Arrays.copyOf(ends, n);
    }

    /**
     * The snippet of a text, whose sentences end at {@code sentenceEnds}, with its marks (in text order; those past its
     * end are left out).
     */
    static List<SearchHit.SnippetPart> snippet(String text, int[] sentenceEnds, List<Mark> found) {
        List<Mark> marks = found.stream().filter(k -> k.end() <= text.length()).toList();
        if (marks.isEmpty()) {
            return List.of(new SearchHit.SnippetPart(cut(text.replace('\n', ' '), CHARS), false));
        }
        // Sentences that hold a term, scored by the distinct terms they hold; the best ones shown in text order.
        List<Passage> passages = new ArrayList<>();
        int m = 0;
        int start = 0;
        for (int i = 0; i < sentenceEnds.length && m < marks.size(); i++) {
            int end = sentenceEnds[i];
            Set<String> seen = new HashSet<>();
            while (m < marks.size() && marks.get(m).start() < end) {
                seen.add(marks.get(m++).term());
            }
            if (!seen.isEmpty()) {
                passages.add(new Passage(start, end, seen.size()));
            }
            start = end;
        }
        List<Passage> chosen = passages.stream()
                .sorted(Comparator.comparingInt(Passage::score).reversed().thenComparingInt(Passage::start))
                .limit(PASSAGES)
                .sorted(Comparator.comparingInt(Passage::start))
                .toList();
        List<SearchHit.SnippetPart> out = new ArrayList<>();
        int budget = 2 * CHARS;
        for (Passage p : chosen) {
            if (budget <= 0) {
                break;
            }
            if (!out.isEmpty()) {
                out.add(new SearchHit.SnippetPart(GAP, false));
            }
            budget -= passage(text, p.start(), p.end(), marks, budget, out);
        }
        return out;
    }

    /** Adds one sentence as parts, cut to the budget; returns the characters used. */
    private static int passage(
            String text, int start, int end, List<Mark> marks, int budget, List<SearchHit.SnippetPart> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int limit = Math.min(end, start + budget);
        int at = start;
        for (Mark k : marks) {
            if (k.start() < start || k.end() > limit) {
                continue;
            }
            if (k.start() > at) {
                out.add(plain(text.substring(at, k.start())));
            }
            out.add(new SearchHit.SnippetPart(text.substring(k.start(), k.end()), true));
            at = k.end();
        }
        String rest = text.substring(at, limit);
        if (limit < end) {
            int space = rest.lastIndexOf(' ');
            rest = (space > 0 ? rest.substring(0, space) : rest) + " …";
        }
        if (!rest.isBlank()) {
            out.add(plain(rest.stripTrailing()));
        }
        return limit - start;
    }

    private static SearchHit.SnippetPart plain(String s) {
        return new SearchHit.SnippetPart(s.replace('\n', ' '), false);
    }

    /** The start of a text, cut at a word. */
    static String cut(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int space = text.lastIndexOf(' ', chars);
        return text.substring(0, space > 0 ? space : chars) + " …";
    }
}
