package kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import kb.search.schema.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * What a result shows of each article (id, title, URL, products, date, and the start of its symptoms and where its
 * sentences end, for the snippet), read from the stored fields once and then kept in memory: stored fields are
 * compressed in blocks, and decompressing one for every hit of every query would cost more than the search. Filled as
 * hits need them, or all at once by {@link #loadAll()}, which a server does when it opens an index.
 *
 * <p>They are kept by segment: a segment's documents never change, so the summaries of the segments a newer commit
 * keeps are taken from the older commit's (a {@link Cache} shared between them) rather than read again. A build that
 * changed a few articles adds a small segment, whose summaries alone are read.
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

    /** The summaries of each segment, by the segment's core, for as long as a reader of the segment is open. */
    static final class Cache {
        private final Map<IndexReader.CacheKey, AtomicReferenceArray<Summary>> bySegment =
                Collections.synchronizedMap(new WeakHashMap<>());

        AtomicReferenceArray<Summary> of(LeafReader segment) {
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            if (core == null) {
                return new AtomicReferenceArray<>(segment.maxDoc());
            }
            return bySegment.computeIfAbsent(core.getKey(), k -> new AtomicReferenceArray<>(segment.maxDoc()));
        }
    }

    private final List<LeafReaderContext> leaves;
    private final List<AtomicReferenceArray<Summary>> bySegment = new ArrayList<>();

    HitSummaries(IndexReader reader, Cache cache) {
        this.leaves = reader.leaves();
        for (LeafReaderContext leaf : leaves) {
            bySegment.add(cache.of(leaf.reader()));
        }
    }

    Summary get(int doc) throws IOException {
        int i = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext leaf = leaves.get(i);
        int local = doc - leaf.docBase;
        Summary s = bySegment.get(i).get(local);
        if (s == null) {
            s = read(leaf.reader().storedFields(), local);
            bySegment.get(i).set(local, s);
        }
        return s;
    }

    /** Reads every live article's summary not read yet, in index order (each compressed block is read once). */
    void loadAll() throws IOException {
        for (int i = 0; i < leaves.size(); i++) {
            LeafReader segment = leaves.get(i).reader();
            AtomicReferenceArray<Summary> summaries = bySegment.get(i);
            StoredFields stored = null;
            Bits live = segment.getLiveDocs();
            for (int doc = 0; doc < segment.maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && summaries.get(doc) == null) {
                    if (stored == null) {
                        stored = segment.storedFields();
                    }
                    summaries.set(doc, read(stored, doc));
                }
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
