package kb.search.schema;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds spellings of one word into one: apostrophes are dropped, as users leave them out ({@code doesn't} and
 * {@code doesnt}, {@code won’t} and {@code wont}), and a hexadecimal number loses its leading zeros ({@code 0x0000007B}
 * and {@code 0x7B}, as stop codes are written both ways). The search in the browser folds a query's words the same way.
 */
public final class SpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SpellingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] != '\'' && b[i] != '\u2019') {
                b[kept++] = b[i];
            }
        }
        if (kept > 0) {
            length = kept;
        }
        if (length > 3 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X') && b[2] == '0' && hex(b, 2, length)) {
            int from = 2;
            while (from < length - 1 && b[from] == '0') {
                from++;
            }
            System.arraycopy(b, from, b, 2, length - from);
            length -= from - 2;
        }
        term.setLength(length);
        return true;
    }

    private static boolean hex(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(b[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
