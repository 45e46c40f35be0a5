package kb.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/** A few documents of an index taken segment by segment, as reading what a segment keeps about them needs. */
final class Segments {
    private Segments() {}

    /** One segment, and the range of the documents it holds. */
    interface Range {
        void accept(LeafReaderContext segment, int from, int to) throws IOException;
    }

    /** Calls {@code range} for each segment holding some of {@code sortedDocs} (the index's ids, ascending). */
    static void forEach(IndexReader reader, int[] sortedDocs, Range range) throws IOException {
        int from = 0;
        for (LeafReaderContext segment : reader.leaves()) {
            int end = segment.docBase + segment.reader().maxDoc();
            int to = from;
            while (to < sortedDocs.length && sortedDocs[to] < end) {
                to++;
            }
            if (to > from) {
                range.accept(segment, from, to);
            }
            from = to;
        }
    }
}
