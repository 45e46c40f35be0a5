package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.model.Article;
import kb.search.query.TitlePairQuery;
import kb.search.schema.Fields;
import kb.search.schema.KbSimilarity;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

class TitlePairQueryTest {
    private static final List<Article> ARTICLES = SmallIndex.amongOthers(
            900530,
            SmallIndex.article(
                    900521,
                    "Wrong Icons on a Slow Link in Windows Explorer",
                    "Explorer shows the default icon.",
                    "None."),
            SmallIndex.article(
                    900522,
                    "Slow Link Slows Logon Over a Slow Link Connection",
                    "The logon waits for the network.",
                    "None."),
            SmallIndex.article(
                    900523, "Icons Are Wrong on a Link in Slow Explorer", "Explorer shows the default icon.", "None."),
            SmallIndex.article(900524, "Slow Link Detection", "The detection is wrong.", "None."));

    @Test
    void aPairScoresAsThePhraseOfItsTwoTermsInTheTitle() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(ARTICLES))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(KbSimilarity.get());
            Query phrase = new PhraseQuery(Fields.TITLE, "slow", "link");

            Map<Integer, Float> pairs = scores(searcher, new TitlePairQuery("slow", "link"));
            assertThat(pairs).hasSize(3).isEqualTo(scores(searcher, phrase));
            assertThat(pairs.get(1)).isNotEqualTo(pairs.get(3));
            // A title that says the pair twice included; and the explanation gives the score.
            for (Map.Entry<Integer, Float> e : pairs.entrySet()) {
                assertThat(searcher.explain(new TitlePairQuery("slow", "link"), e.getKey())
                                .getValue()
                                .floatValue())
                        .isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void termsApartOrInTheOtherOrderAreNoPair() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(ARTICLES))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(scores(searcher, new TitlePairQuery("icon", "link"))).isEmpty();
            assertThat(scores(searcher, new TitlePairQuery("link", "window"))).hasSize(1);
            assertThat(scores(searcher, new TitlePairQuery("explor", "slow"))).isEmpty();
            assertThat(scores(searcher, new TitlePairQuery("nosuchword", "slow")))
                    .isEmpty();
        }
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        TopDocs top = searcher.search(query, 100);
        for (ScoreDoc d : top.scoreDocs) {
            out.put(d.doc, d.score);
        }
        return out;
    }
}
