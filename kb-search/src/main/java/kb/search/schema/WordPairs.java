package kb.search.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The adjacent word pairs of an article's title and quoted messages, as the terms of the {@link Fields#PAIRS pairs}
 * field: {@code t} and two title terms, {@code m} and two words of a message, a space between. A phrase of the query is
 * found where all its pairs are; the search in the browser has no positions to match a phrase otherwise.
 */
public final class WordPairs {
    /** Title pairs: {@code t} then the two terms. */
    public static final char TITLE = 't';
    /** Message pairs: {@code m} then the two words. */
    public static final char MESSAGE = 'm';

    /** Frequencies, no positions and no lengths: a pair is scored with the length of the field it stands in. */
    public static final FieldType TYPE = new FieldType();

    static {
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TYPE.setTokenized(true);
        TYPE.setOmitNorms(true);
        TYPE.freeze();
    }

    private WordPairs() {}

    /** The pair term of two words of a kind. */
    public static String pair(char kind, String first, String second) {
        return kind + first + ' ' + second;
    }

    /** The pairs of the title's terms and of the messages' words, each counted as often as it stands there. */
    public static WeightedTerms of(AnalysedText title, AnalysedText messages) {
        WeightedTerms out = new WeightedTerms();
        add(out, TITLE, title);
        add(out, MESSAGE, messages);
        return out;
    }

    private static void add(WeightedTerms into, char kind, AnalysedText text) {
        for (String p : pairs(kind, text)) {
            into.add(p, 1);
        }
    }

    /** The pair terms of a text's adjacent terms, in order, as often as each stands there. */
    public static List<String> pairs(char kind, AnalysedText text) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            out.add(pair(kind, text.term(i - 1), text.term(i)));
        }
        return out;
    }
}
