package kb.search.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Which products a word of a query names, learned from the articles themselves: a word ({@code nt4}, {@code wfw},
 * {@code vfp6}) names products when most of the articles that have it have it as a mention of a product they apply to
 * ({@link ProductMentions}), and it names the products of those articles that at least one in fifty of them has
 * ({@code nt4}: Windows NT, Exchange; not Windows 95, which a few of them apply to as well). The index keeps, for each
 * article, its mentions and each mention with each of its product keys, so the vocabulary follows every change of
 * the articles and the browser's index writes the same products into a word's entry.
 */
public final class NamedProducts {
    /** A word is a product's mention when at least this share of the articles that have it have it as one. */
    static final double MENTION_SHARE = 0.5;
    /** A mention names the products at least this share of the articles that mention it apply to. */
    static final double PRODUCT_SHARE = 0.02;

    /**
     * A mention of two letters ({@code nt}, {@code vb}, {@code ss}) names products only when at least this share of all
     * articles mention it: the archive has many more of them than users write ({@code ts} for a game, {@code hi}), and
     * one letter ({@code c} of C++) names none.
     */
    static final double SHORT_SHARE = 0.02;

    private static final char TAB = '\t';

    private NamedProducts() {}

    /** The terms of an article's product mentions, as the about field analyses them; a mention of more is left out. */
    public static Set<String> terms(Analyzer analyzer, Collection<String> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (String mention : mentions) {
            AnalysedText t = AnalysedText.of(analyzer, Fields.ABOUT, mention);
            if (t.size() == 1) {
                out.add(t.term(0));
            }
        }
        return out;
    }

    /** Adds to an article's document its mentions' terms, and each with each of its product keys. */
    public static void index(Document doc, Set<String> terms, List<String> productKeys) {
        for (String term : terms) {
            doc.add(new StringField(Fields.MENTIONS, term, Field.Store.NO));
            for (String key : productKeys) {
                doc.add(new StringField(Fields.MENTIONS, term + TAB + key.toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
    }

    /**
     * Every term of the about field that names products, with the product keys (lower case) it names: read in one pass
     * over the mentions, for a searcher to look a query's words up in and for the browser's index to write into each
     * word's entry.
     */
    public static Map<String, List<String>> all(IndexReader reader) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.MENTIONS);
        if (terms == null) {
            return out;
        }
        TermsEnum e = terms.iterator();
        // A mention's own term comes just before its pairs with product keys: the tab sorts before any word's letter.
        String prefix = null;
        int mentions = 0;
        List<String> products = null;
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            String term = t.utf8ToString();
            if (term.indexOf(TAB) < 0) {
                mentions = e.docFreq();
                prefix = names(reader, term, mentions) ? term + TAB : null;
                products = null;
            } else if (prefix != null && term.startsWith(prefix) && e.docFreq() >= PRODUCT_SHARE * mentions) {
                if (products == null) {
                    products = new ArrayList<>();
                    out.put(prefix.substring(0, prefix.length() - 1), products);
                }
                products.add(term.substring(prefix.length()));
            }
        }
        return Map.copyOf(out);
    }

    /** Whether a term mentioned by this many articles names products at all. */
    private static boolean names(IndexReader reader, String term, int mentions) throws IOException {
        return term.length() >= 2
                && mentions > 0
                && mentions >= MENTION_SHARE * reader.docFreq(new Term(Fields.ABOUT, term))
                && (term.length() != 2 || mentions >= SHORT_SHARE * reader.numDocs());
    }
}
