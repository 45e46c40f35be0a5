package kb.search.schema;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.model.ProductNames;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The name to show for each product code of an index, as the site shows it: the name the knowledge base's settings
 * give it, else the name most of its articles give.
 */
public final class IndexedProductNames {
    /** The names the settings give, kept with an index's commit as {@code code<TAB>name} lines. */
    public static final String COMMIT_KEY = "kb.products";

    private IndexedProductNames() {}

    /** Names as {@link #COMMIT_KEY} keeps them. */
    public static String encode(Map<String, String> names) {
        StringBuilder b = new StringBuilder();
        names.forEach((code, name) ->
                b.append(oneLine(code)).append('\t').append(oneLine(name)).append('\n'));
        return b.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** The names a commit keeps, by code. */
    public static Map<String, String> shown(Map<String, String> commitData) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : commitData.getOrDefault(COMMIT_KEY, "").lines().toList()) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }

    /** Each product code's name; a code is its own name when the index has none for it. */
    public static Map<String, String> read(IndexReader reader) throws IOException {
        ProductNames names = new ProductNames();
        Terms terms = MultiTerms.getTerms(reader, Fields.PRODUCT_NAME);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                String pair = t.utf8ToString();
                int tab = pair.indexOf('\t');
                if (tab > 0) {
                    names.add(pair.substring(0, tab), pair.substring(tab + 1), e.docFreq());
                }
            }
        }
        Map<String, String> out = new HashMap<>(names.names());
        if (reader instanceof DirectoryReader d) {
            shown(d.getIndexCommit().getUserData()).forEach((code, name) -> {
                if (out.containsKey(code)) {
                    out.put(code, name);
                }
            });
        }
        return out;
    }
}
