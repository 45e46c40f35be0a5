package kb.search.query;

import java.io.IOException;
import java.util.Objects;
import kb.search.schema.Fields;
import kb.search.schema.WordPairs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * Two terms side by side in an article's title: found as their pair in the {@linkplain Fields#PAIRS pairs} field
 * ({@link WordPairs}), and scored as a phrase of the two in the title is (the two terms' weight in the title, how often
 * the title has them side by side, the title's length). Only the pair's own postings are read, where a phrase reads
 * the positions of every title with both words; and it is what the search in the browser reads for the same pair.
 */
public final class TitlePairQuery extends Query {
    private final String first;
    private final String second;

    /** The title terms, as the title field analyses them. */
    public TitlePairQuery(String first, String second) {
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
    }

    private Term pair() {
        return new Term(Fields.PAIRS, WordPairs.pair(WordPairs.TITLE, first, second));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        TermStatistics a = statistics(searcher, first);
        TermStatistics b = a == null ? null : statistics(searcher, second);
        CollectionStatistics title = searcher.collectionStatistics(Fields.TITLE);
        SimScorer scorer =
                b == null || title == null ? null : searcher.getSimilarity().scorer(boost, title, a, b);
        return new PairWeight(scoreMode, scorer);
    }

    /** A term's statistics in the title field; null when no title has it. */
    private static TermStatistics statistics(IndexSearcher searcher, String text) throws IOException {
        Term term = new Term(Fields.TITLE, text);
        TermStates states = TermStates.build(searcher, term, true);
        return states.docFreq() == 0 ? null : searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
    }

    private final class PairWeight extends Weight {
        private final ScoreMode scoreMode;
        /** Null when the pair cannot be in any title. */
        private final SimScorer scorer;

        PairWeight(ScoreMode scoreMode, SimScorer scorer) {
            super(TitlePairQuery.this);
            this.scoreMode = scoreMode;
            this.scorer = scorer;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            Terms terms = scorer == null ? null : context.reader().terms(Fields.PAIRS);
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(pair().bytes())) {
                return null;
            }
            NumericDocValues norms = context.reader().getNormValues(Fields.TITLE);
            // The pairs field keeps no lengths, so its impacts bound a pair's score as if in the shortest title: a
            // bound still, as a longer title scores less.
            Scorer s = scoreMode == ScoreMode.TOP_SCORES
                    ? new TermScorer(te.impacts(PostingsEnum.FREQS), scorer, norms, false)
                    : new TermScorer(te.postings(null, PostingsEnum.FREQS), scorer, norms);
            return new DefaultScorerSupplier(s);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            ScorerSupplier supplier = scorerSupplier(context);
            if (supplier != null) {
                TermScorer s = (TermScorer) supplier.get(Long.MAX_VALUE);
                if (s.iterator().advance(doc) == doc) {
                    NumericDocValues norms = context.reader().getNormValues(Fields.TITLE);
                    long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                    return Explanation.match(
                            s.score(),
                            "title pair " + first + " " + second + ", result of:",
                            scorer.explain(Explanation.match(s.freq(), "freq, times side by side in the title"), norm));
                }
            }
            return Explanation.noMatch("no title with " + first + " " + second + " side by side");
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return true;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.PAIRS)) {
            visitor.consumeTerms(this, pair());
        }
    }

    @Override
    public String toString(String field) {
        return "title:\"" + first + " " + second + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && first.equals(((TitlePairQuery) other).first)
                && second.equals(((TitlePairQuery) other).second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), first, second);
    }
}
