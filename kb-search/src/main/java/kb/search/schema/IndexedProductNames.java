package kb.search.schema;

import java.io.IOException;
import java.util.Map;
import kb.model.ProductNames;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The name to show for each product code of an index, as the site shows it: the name most of its articles give. */
public final class IndexedProductNames {
    private IndexedProductNames() {}

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
        return names.names();
    }
}
