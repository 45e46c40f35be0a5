package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a result's snippet from its symptoms: the (at most two) sentences that hold the most distinct words of the
 * query, in text order, with those words marked; or the start of the text when none does. The text is analysed as
 * its field is, so a query's {@code printing} marks {@code printed}.
 */
final class Snippets {
    /** A snippet is about this long; a longer sentence is cut. */
    static final int CHARS = 240;
    private static final int PASSAGES = 2;
    private static final String GAP = " … ";

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A match: where it is in the text. */
    private record Mark(int start, int end, String term) {}

    /** A sentence and how many distinct terms of the query it holds. */
    private record Passage(int start, int end, int score) {}

    /** The snippet of a text for these analysed terms of the field. */
    List<SearchHit.SnippetPart> snippet(String field, String text, Set<String> terms) {
        List<Mark> marks = terms.isEmpty() ? List.of() : marks(field, text, terms);
        if (marks.isEmpty()) {
            return List.of(new SearchHit.SnippetPart(cut(text.replace('\n', ' '), CHARS), false));
        }
        // Sentences that hold a term, scored by the distinct terms they hold; the best ones shown in text order.
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<Passage> passages = new ArrayList<>();
        int m = 0;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            Set<String> seen = new HashSet<>();
            while (m < marks.size() && marks.get(m).start() < end) {
                seen.add(marks.get(m++).term());
            }
            if (!seen.isEmpty()) {
                passages.add(new Passage(start, end, seen.size()));
            }
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
    private static int passage(String text, int start, int end, List<Mark> marks, int budget,
            List<SearchHit.SnippetPart> out) {
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

    private List<Mark> marks(String field, String text, Set<String> terms) {
        List<Mark> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (terms.contains(t)) {
                    out.add(new Mark(offset.startOffset(), offset.endOffset(), t));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
