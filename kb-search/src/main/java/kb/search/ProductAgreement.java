package kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kb.search.schema.Fields;
import kb.search.schema.NamedProducts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TopDocs;

/**
 * A query that names a product ({@code nt4 dun country missing}, {@code wfw mail password}) prefers the articles about
 * that product to a sibling about another: among the best results, an article of none of the products its words name
 * ({@link NamedProducts}) counts a little less, unless it has the naming word itself (an article of another product
 * that tells what IIS does to it is about IIS too). The browser's search applies the same rule ({@code kb-search.js}).
 */
final class ProductAgreement {
    /** What an article of none of the named products counts for against one of them. */
    static final float WEIGHT = 0.8f;

    private ProductAgreement() {}

    /** The products a query names (their keys, lower case), and the words of the about field that name them. */
    record Named(Set<String> products, List<String> words) {}

    /** What a query's words (as the about field analyses them) name, in a table of what each word names. */
    static Named named(Map<String, List<String>> table, Collection<String> words) {
        Set<String> products = new LinkedHashSet<>();
        List<String> naming = new ArrayList<>();
        for (String word : words) {
            List<String> some = table.getOrDefault(word, List.of());
            if (!some.isEmpty()) {
                products.addAll(some);
                naming.add(word);
            }
        }
        return new Named(products, naming);
    }

    /** The hits scored again by the rule, in their new order (the same documents). */
    static TopDocs apply(IndexReader reader, TopDocs top, Named named) throws IOException {
        return Discount.apply(reader, top, rules(named));
    }

    /** The rule for what a query names ({@link Discount}): none when it names no product. */
    static List<Discount.Weighted> rules(Named named) {
        if (named.products().isEmpty()) {
            return List.of();
        }
        return List.of(new Discount.Weighted(WEIGHT, leafReader -> {
            Leaf leaf = new Leaf(leafReader, named);
            return doc -> leaf.ofNamedProduct(doc) || leaf.hasNamingWord(doc);
        }));
    }

    /** What the rule reads of one leaf; its documents are asked in increasing order. */
    private static final class Leaf {
        private final SortedSetDocValues products;
        private final boolean[] named;
        private final List<PostingsEnum> words = new ArrayList<>();

        Leaf(LeafReader reader, Named query) throws IOException {
            products = DocValues.getSortedSet(reader, Fields.PRODUCT);
            named = new boolean[(int) products.getValueCount()];
            for (int o = 0; o < named.length; o++) {
                named[o] = query.products()
                        .contains(products.lookupOrd(o).utf8ToString().toLowerCase(Locale.ROOT));
            }
            for (String word : query.words()) {
                PostingsEnum p = reader.postings(new Term(Fields.ABOUT, word), PostingsEnum.NONE);
                if (p != null) {
                    words.add(p);
                }
            }
        }

        boolean ofNamedProduct(int doc) throws IOException {
            if (products.advanceExact(doc)) {
                for (int i = 0; i < products.docValueCount(); i++) {
                    if (named[(int) products.nextOrd()]) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean hasNamingWord(int doc) throws IOException {
            for (PostingsEnum p : words) {
                if (Discount.has(p, doc)) {
                    return true;
                }
            }
            return false;
        }
    }
}
