package kb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The best hits scored again by rules that count some of them less ({@link InformationalPrior},
 * {@link ProductAgreement}, {@link WholeMessage}): the hits are read once in the order of the documents, a leaf at a
 * time, as doc values and postings are read forward; a hit that fails several rules counts their weights multiplied.
 */
final class Discount {
    /** A rule: what it reads of a leaf, to tell which of its documents count in full. */
    interface Rule {
        InFull leaf(LeafReader reader) throws IOException;
    }

    /** Whether a document of a leaf counts in full; documents are asked in increasing order. */
    interface InFull {
        boolean test(int doc) throws IOException;
    }

    /** A rule and what a hit it does not count in full counts for. */
    record Weighted(float weight, Rule rule) {}

    private Discount() {}

    /** Whether a postings list, asked of documents in increasing order, has this one. */
    static boolean has(PostingsEnum postings, int doc) throws IOException {
        int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
        return at == doc;
    }

    /** The hits, each times the weights of the rules that do not count it in full, in their new order. */
    static TopDocs apply(IndexReader reader, TopDocs top, List<Weighted> rules) throws IOException {
        if (rules.isEmpty() || top.scoreDocs.length == 0) {
            return top;
        }
        ScoreDoc[] byDoc = top.scoreDocs.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        InFull[] inFull = new InFull[rules.size()];
        int leafIndex = -1;
        boolean moved = false;
        for (ScoreDoc hit : byDoc) {
            int l = ReaderUtil.subIndex(hit.doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                for (int r = 0; r < inFull.length; r++) {
                    inFull[r] = rules.get(r).rule().leaf(leaves.get(l).reader());
                }
            }
            int doc = hit.doc - leaves.get(l).docBase;
            for (int r = 0; r < inFull.length; r++) {
                if (!inFull[r].test(doc)) {
                    hit.score *= rules.get(r).weight();
                    moved = true;
                }
            }
        }
        if (moved) {
            Arrays.sort(top.scoreDocs, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : a.doc - b.doc);
        }
        return top;
    }
}
