package kb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.search.schema.Fields;
import kb.search.schema.NamedProducts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * A query that names a product ({@code nt4 dun country missing}, {@code wfw mail password}) prefers the articles about
 * that product to a sibling about another: among the best results, an article of none of the products its words name
 * ({@link NamedProducts}) counts a little less. The browser's search applies the same rule ({@code kb-search.js}).
 */
final class ProductAgreement {
    /** What an article of none of the named products counts for against one of them. */
    static final float WEIGHT = 0.8f;

    private ProductAgreement() {}

    /** The product keys a query's words (as the about field analyses them) name. */
    static Set<String> named(IndexReader reader, Collection<String> words) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words) {
            out.addAll(NamedProducts.of(reader, word));
        }
        return out;
    }

    /** The hits scored again by the rule, in their new order (the same documents). */
    static TopDocs apply(IndexReader reader, TopDocs top, Set<String> named) throws IOException {
        if (named.isEmpty() || top.scoreDocs.length == 0) {
            return top;
        }
        // In the order of the documents: doc values are read forward, a leaf at a time.
        ScoreDoc[] byDoc = top.scoreDocs.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        SortedSetDocValues products = null;
        boolean[] agrees = null;
        boolean moved = false;
        for (ScoreDoc hit : byDoc) {
            int l = ReaderUtil.subIndex(hit.doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                products = DocValues.getSortedSet(leaves.get(l).reader(), Fields.PRODUCT);
                agrees = new boolean[(int) products.getValueCount()];
                for (int o = 0; o < agrees.length; o++) {
                    agrees[o] =
                            named.contains(products.lookupOrd(o).utf8ToString().toLowerCase(Locale.ROOT));
                }
            }
            if (!agreeing(products, agrees, hit.doc - leaves.get(l).docBase)) {
                hit.score *= WEIGHT;
                moved = true;
            }
        }
        if (moved) {
            Arrays.sort(top.scoreDocs, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : a.doc - b.doc);
        }
        return top;
    }

    private static boolean agreeing(SortedSetDocValues products, boolean[] agrees, int doc) throws IOException {
        if (products.advanceExact(doc)) {
            for (int i = 0; i < products.docValueCount(); i++) {
                if (agrees[(int) products.nextOrd()]) {
                    return true;
                }
            }
        }
        return false;
    }
}
