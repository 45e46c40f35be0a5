package kb.search.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once for several fields: its terms with their position increments (the gaps stop words leave) and
 * offsets, so that a field keeping positions or offsets gets them {@linkplain #replay() as the analyzer made them}
 * and the {@linkplain WeightedTerms about field} counts the same terms without analysing the text again.
 */
public final class AnalysedText {
    private String[] terms = new String[16];
    private int[] increments = new int[16];
    /** Where each term stands in the text: its first character, and the one after its last. */
    private int[] offsets = new int[32];

    private int size;

    private AnalysedText() {}

    /** The text through the analyzer of a field. */
    public static AnalysedText of(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text, Integer.MAX_VALUE);
    }

    /** The first {@code max} terms of the text through the analyzer of a field; the rest is not analysed. */
    public static AnalysedText of(Analyzer analyzer, String field, String text, int max) {
        AnalysedText out = new AnalysedText();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (out.size < max && ts.incrementToken()) {
                out.add(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string reads no file
        }
        return out;
    }

    private void add(String term, int increment, int start, int end) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            increments = Arrays.copyOf(increments, size * 2);
            offsets = Arrays.copyOf(offsets, size * 4);
        }
        terms[size] = term;
        increments[size] = increment;
        offsets[2 * size] = start;
        offsets[2 * size + 1] = end;
        size++;
    }

    public int size() {
        return size;
    }

    public String term(int i) {
        return terms[i];
    }

    /** Where a term starts in the text. */
    public int start(int i) {
        return offsets[2 * i];
    }

    /** Where a term ends in the text: the character after its last. */
    public int end(int i) {
        return offsets[2 * i + 1];
    }

    /**
     * How far a term stands from the one before it: 1 next to it, more where stop words were left out between them
     * (and, for the first term, before it).
     */
    public int increment(int i) {
        return increments[i];
    }

    /** The terms in text order. */
    public List<String> terms() {
        return List.of(Arrays.copyOf(terms, size));
    }

    /** The terms again, at the positions the analyzer gave them: a field's value in place of its text. */
    public TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next == size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next]);
                increment.setPositionIncrement(increments[next]);
                offset.setOffset(offsets[2 * next], offsets[2 * next + 1]);
                next++;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
