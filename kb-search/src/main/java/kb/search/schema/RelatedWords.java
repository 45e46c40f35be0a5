package kb.search.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of the same meaning as a term, as a user may write them where an article has its own word: "quits" for
 * "stops", "wrong" for "incorrect", "bike" for "motorcycle". Both sides are terms of the {@linkplain KbAnalyzers#prose()
 * prose analysis}. The table is made from WordNet's synonym sets (the senses of a word seen in tagged text, words of
 * letters only) by {@code RelatedWordsTableTest}, which checks that the table kept here is the one it makes.
 */
public final class RelatedWords {
    /** The table, beside this class: a term, a tab and its related terms separated by spaces, a line each. */
    static final String RESOURCE = "related-words.txt";

    /**
     * The table's CRC-32, in hexadecimal: part of the index's schema, so that an index made with another table is made
     * again. {@code RelatedWordsTableTest} checks it against the table.
     */
    public static final String VERSION = "858af110";

    private RelatedWords() {}

    /** The terms related to a term, none when it has none. */
    public static List<String> of(String term) {
        return Table.TERMS.getOrDefault(term, List.of());
    }

    /**
     * Reads the table on a thread of its own (about a tenth of a second), so that an index opened for writing has it
     * by the time the first article is analysed.
     */
    public static void prepare() {
        Thread.ofVirtual().name("kb-related-words").start(() -> of(""));
    }

    /** Read when first asked for: only indexing needs it. */
    private static final class Table {
        static final Map<String, List<String>> TERMS = read();
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> out = new HashMap<>(65_536);
        // Each term is one string however many lines name it.
        Map<String, String> strings = new HashMap<>(65_536);
        try (InputStream in = RelatedWords.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String[] related = line.substring(tab + 1).split(" ", -1);
                for (int i = 0; i < related.length; i++) {
                    related[i] = strings.computeIfAbsent(related[i], s -> s);
                }
                out.put(strings.computeIfAbsent(line.substring(0, tab), s -> s), List.of(related));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb's table of related words", e);
        }
        return out;
    }
}
