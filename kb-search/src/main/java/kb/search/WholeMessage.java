package kb.search;

import java.io.IOException;
import java.util.List;
import kb.search.schema.Fields;
import kb.search.schema.WholeMessages;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;

/**
 * A pasted message that is the whole of a message an article's symptoms quote ({@link WholeMessages}) names that
 * article more than one that quotes it within a longer text or shares its words: among the best results, when some
 * article quotes the query whole, the others count a little less; and when some article quotes it as written, capitals
 * and all, those that quote it in other capitals count a little less as well. The browser's search applies the same
 * rules ({@code kb-search.js}).
 */
final class WholeMessage {
    /** What an article that does not quote the query whole counts for against one that does. */
    static final float WEIGHT = 0.7f;
    /** What an article that quotes the query whole in other capitals counts for against one that quotes it as written. */
    static final float AS_WRITTEN = 0.8f;

    private WholeMessage() {}

    /**
     * The rules for a query's keys ({@link Discount}), {@code key} and {@code asWritten} the query's
     * ({@link kb.search.query.QueryFactory.Main#wholeMessage}, {@code asWritten}): none when no article quotes it
     * whole.
     */
    static List<Discount.Weighted> rules(IndexReader reader, String key, String asWritten) throws IOException {
        if (key.isEmpty()) {
            return List.of();
        }
        Term term = new Term(Fields.WHOLE, key);
        if (reader.docFreq(term) == 0) {
            return List.of();
        }
        Discount.Weighted whole = new Discount.Weighted(WEIGHT, leaf -> {
            PostingsEnum quoting = leaf.postings(term, PostingsEnum.NONE);
            return doc -> quoting != null && Discount.has(quoting, doc);
        });
        Term written = new Term(Fields.WHOLE, asWritten);
        if (asWritten.isEmpty() || reader.docFreq(written) == 0) {
            return List.of(whole);
        }
        return List.of(whole, new Discount.Weighted(AS_WRITTEN, leaf -> {
            PostingsEnum quoting = leaf.postings(term, PostingsEnum.NONE);
            PostingsEnum asQuoted = leaf.postings(written, PostingsEnum.NONE);
            return doc ->
                    quoting == null || !Discount.has(quoting, doc) || (asQuoted != null && Discount.has(asQuoted, doc));
        }));
    }
}
