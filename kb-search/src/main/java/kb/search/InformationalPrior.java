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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.TopDocs;

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

    /** Whether a query's text holds every word of a title. */
    static boolean holdsTitle(Set<String> queryWords, String title) {
        return queryWords.containsAll(words(title));
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The hits scored again by the rule, in their new order (the same documents). */
    static TopDocs apply(IndexReader reader, TopDocs top, String queryText) throws IOException {
        Set<String> queryWords = words(queryText);
        return Discount.apply(reader, top, WEIGHT, leaf -> {
            Types types = Types.of(leaf);
            BinaryDocValues shown = leaf.getBinaryDocValues(Fields.SHOWN);
            return doc -> {
                if (!types.informational(doc)) {
                    return true;
                }
                String title = shown != null && shown.advanceExact(doc)
                        ? Shown.decode(shown.binaryValue()).title()
                        : "";
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
