package kb.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.search.schema.Fields;
import kb.search.schema.Shown;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * People search a knowledge base for a problem they have: an article that explains how to do something or informs
 * (issue type {@code kbhowto} or {@code kbinfo}) counts a little less than a problem's article that the same words
 * find, unless the query holds every word of its title (a cited title, which names that very article). The browser's
 * search applies the same rule ({@code kb-search.js}).
 */
public final class InformationalPrior {
    /** What an informational article's score counts for against a problem's. */
    public static final float WEIGHT = 0.9f;

    /** The issue types of articles that explain or inform rather than answer a problem. */
    private static final Set<String> TYPES = Set.of("kbhowto", "kbinfo");

    /** A word, as the rule compares a title with a query: letters and digits. */
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private InformationalPrior() {}

    /** Whether an issue type, as the article writes it, is an informational one. */
    static boolean informational(String issueType) {
        return TYPES.contains(issueType.toLowerCase(Locale.ROOT));
    }

    /** Whether a query's text holds every word of a title; read only as far as the first word it lacks. */
    static boolean holdsTitle(Set<String> queryWords, String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && wordChar(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (!queryWords.contains(lower.substring(start, i))) {
                    return false;
                }
                start = -1;
            }
        }
        return true;
    }

    /** A character of a {@linkplain #WORD word}. */
    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The rule for a query's text ({@link Discount}). */
    static Discount.Weighted rule(String queryText) {
        Set<String> queryWords = words(queryText);
        return new Discount.Weighted(WEIGHT, leaf -> {
            Types types = Types.of(leaf);
            BinaryDocValues shown = leaf.getBinaryDocValues(Fields.SHOWN);
            return doc -> {
                if (!types.informational(doc)) {
                    return true;
                }
                String title = shown != null && shown.advanceExact(doc) ? Shown.title(shown.binaryValue()) : "";
                return holdsTitle(queryWords, title);
            };
        });
    }

    /** A leaf's issue types, each told once: which of its documents explain or inform. */
    public static final class Types {
        private final SortedSetDocValues values;
        private final boolean[] informational;

        private Types(SortedSetDocValues values, boolean[] informational) {
            this.values = values;
            this.informational = informational;
        }

        public static Types of(LeafReader reader) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(reader, Fields.ISSUE_TYPE);
            boolean[] informational = new boolean[(int) values.getValueCount()];
            for (int o = 0; o < informational.length; o++) {
                informational[o] =
                        InformationalPrior.informational(values.lookupOrd(o).utf8ToString());
            }
            return new Types(values, informational);
        }

        /** Whether a document explains or informs; documents are asked in increasing order. */
        public boolean informational(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    if (informational[(int) values.nextOrd()]) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
