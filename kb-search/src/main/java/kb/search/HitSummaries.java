package kb.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import kb.search.schema.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * What a result shows of each article (id, title, URL, products, date, and the start of its symptoms and where its
 * sentences end, for the snippet), read from the stored fields once and then kept in memory: stored fields are
 * compressed in blocks, and decompressing one for every hit of every query would cost more than the search. Filled as
 * hits need them, or all at once by {@link #loadAll()}, which a server does when it opens an index.
 */
final class HitSummaries {
    /** Snippets are cut from this much of the symptoms at most. */
    static final int SNIPPET_SOURCE_CHARS = 4_000;

    private static final Set<String> FIELDS =
            Set.of(Fields.ID, Fields.TITLE, Fields.URL, Fields.PRODUCTS, Fields.DATE, Fields.SYMPTOMS);

    /** One article's summary; where the sentences of its symptoms end, for snippets. */
    record Summary(
            String id,
            String title,
            String url,
            List<String> products,
            String date,
            String symptoms,
            int[] sentenceEnds) {}

    private final IndexReader reader;
    private final AtomicReferenceArray<Summary> byDoc;

    HitSummaries(IndexReader reader) {
        this.reader = reader;
        this.byDoc = new AtomicReferenceArray<>(reader.maxDoc());
    }

    Summary get(int doc) throws IOException {
        Summary s = byDoc.get(doc);
        if (s == null) {
            s = read(reader.storedFields(), doc);
            byDoc.set(doc, s);
        }
        return s;
    }

    /** Reads every live article's summary, in index order (each compressed block is read once). */
    void loadAll() throws IOException {
        StoredFields stored = reader.storedFields();
        Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if ((live == null || live.get(doc)) && byDoc.get(doc) == null) {
                byDoc.set(doc, read(stored, doc));
            }
        }
    }

    private static Summary read(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc, FIELDS);
        String products = d.get(Fields.PRODUCTS);
        String symptoms = d.get(Fields.SYMPTOMS);
        if (symptoms == null) {
            symptoms = "";
        } else if (symptoms.length() > SNIPPET_SOURCE_CHARS) {
            symptoms = symptoms.substring(0, SNIPPET_SOURCE_CHARS);
        }
        return new Summary(
                d.get(Fields.ID),
                d.get(Fields.TITLE),
                d.get(Fields.URL),
                products == null || products.isBlank() ? List.of() : List.of(products.split(" ")),
                d.get(Fields.DATE),
                symptoms,
                Snippets.sentenceEnds(symptoms));
    }
}
