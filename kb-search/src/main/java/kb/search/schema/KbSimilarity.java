package kb.search.schema;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How each field scores: BM25 throughout, the {@link Fields#ABOUT about} field with a slower saturation, since its
 * frequencies are weighted sums over several parts of an article (a title word alone already counts several times).
 */
public final class KbSimilarity {
    private static final Similarity DEFAULT = new BM25Similarity();
    private static final Similarity ABOUT = new BM25Similarity(2.0f, 0.75f);

    private KbSimilarity() {}

    /** The same for indexing and searching. */
    public static Similarity get() {
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.equals(Fields.ABOUT) ? ABOUT : DEFAULT;
            }
        };
    }
}
