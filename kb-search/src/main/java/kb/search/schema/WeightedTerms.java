package kb.search.schema;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The terms of several parts of an article, each occurrence counted with its part's weight (a word of the title counts
 * more than one of the cause). As the value of the {@link Fields#ABOUT about} field, scored as one field, that is
 * BM25F: a word's weighted frequency saturates once over all the parts, and the article's length is its weighted
 * length. Related articles describe an article by the same counts.
 */
public final class WeightedTerms {
    /** Frequencies only: no positions (phrases are matched in the parts' own fields), custom frequencies allowed. */
    public static final FieldType TYPE = new FieldType();

    static {
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TYPE.setTokenized(true);
        TYPE.freeze();
    }

    private final Map<String, Integer> frequencies = new LinkedHashMap<>();

    /** Counts each term of the text {@code weight} times. */
    public WeightedTerms add(AnalysedText text, int weight) {
        for (int i = 0; i < text.size(); i++) {
            frequencies.merge(text.term(i), weight, Integer::sum);
        }
        return this;
    }

    /** Counts a term {@code weight} times more. */
    public WeightedTerms add(String term, int weight) {
        frequencies.merge(term, weight, Integer::sum);
        return this;
    }

    /** Leaves out the terms the test accepts. */
    public WeightedTerms without(java.util.function.Predicate<String> leftOut) {
        frequencies.keySet().removeIf(leftOut);
        return this;
    }

    /** How often a term counts: 0 when absent. */
    public int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }

    /** The field's length as an index counts it: every occurrence with its weight. */
    public int length() {
        int n = 0;
        for (int f : frequencies.values()) {
            n += f;
        }
        return n;
    }

    /** How many distinct terms. */
    public int size() {
        return frequencies.size();
    }

    /** Each distinct term with its weighted frequency, in the order first added. */
    public Set<Map.Entry<String, Integer>> entries() {
        return Collections.unmodifiableMap(frequencies).entrySet();
    }

    /** Each distinct term once, with its weighted frequency. */
    public TokenStream stream() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
            private Iterator<Map.Entry<String, Integer>> next =
                    frequencies.entrySet().iterator();

            @Override
            public boolean incrementToken() {
                if (!next.hasNext()) {
                    return false;
                }
                clearAttributes();
                Map.Entry<String, Integer> e = next.next();
                term.setEmpty().append(e.getKey());
                frequency.setTermFrequency(e.getValue());
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = frequencies.entrySet().iterator();
            }
        };
    }
}
