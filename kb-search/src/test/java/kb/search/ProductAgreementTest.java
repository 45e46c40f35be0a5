package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import kb.search.schema.Fields;
import kb.search.schema.NamedProducts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

class ProductAgreementTest {
    private static Article article(int id, String product, String appliesTo, String title, String symptoms) {
        String md = "---\nid: Q" + id + "\ntitle: \"" + title + "\"\nproduct: " + product + "\napplies_to:\n  - "
                + appliesTo + "\nmodified: 2026-01-01\n---\n\n## Symptoms\n\n" + symptoms + "\n";
        return SmallIndex.parsed(id, md);
    }

    // Siblings: the same problem on two systems, the one the query's words fit best about the other system.
    private static final List<Article> ARTICLES = List.of(
            article(
                    900401,
                    "win95x",
                    "Microsoft Windows 95",
                    "Country Codes Missing from a Dial-Up Connection",
                    "The country list of a dial-up connection is empty."),
            article(
                    900402,
                    "winnt",
                    "Microsoft Windows NT Server version 4.0",
                    "Country Code Missing in Telephony Country List",
                    "When you create a phonebook entry in the ms dialer, the country you want is not offered."),
            article(
                    900403,
                    "winnt",
                    "Microsoft Windows NT Workstation version 4.0",
                    "Logon Script Does Not Run",
                    "The logon script does not run; the ms dos window closes."),
            article(
                    900404,
                    "msdos",
                    "Microsoft MS-DOS version 6.22",
                    "MS Mouse Driver Does Not Load",
                    "The ms mouse driver does not load; an ms mouse and an ms keyboard are attached."));

    @Test
    void aQueryThatNamesAProductFindsItsArticleBeforeASiblingAboutAnother() throws IOException {
        SearchResult r = SmallIndex.search(ARTICLES, "nt4 dun country missing from country list");

        assertThat(r.hits()).extracting(SearchHit::id).startsWith("Q900402", "Q900401");
        // The other system's article holds more of the words: without the rule, it would come first.
        assertThat(r.hits().get(1).score() / ProductAgreement.WEIGHT)
                .isGreaterThan(r.hits().get(0).score());
        // Without a product named, the words alone decide.
        assertThat(SmallIndex.ids(ARTICLES, "dun country missing from country list"))
                .startsWith("Q900401");
    }

    @Test
    void anArticleOfAnotherProductThatHasTheNamingWordCountsInFull() throws IOException {
        List<Article> articles = new java.util.ArrayList<>(ARTICLES);
        articles.add(article(
                900405,
                "vbwin",
                "Microsoft Visual Basic version 6.0",
                "Dialer Control Lists No Country",
                "On nt4, the dialer control lists no country."));
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(articles))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> ids = List.of("Q900401", "Q900402", "Q900405");
            ScoreDoc[] hits = new ScoreDoc[ids.size()];
            for (int i = 0; i < hits.length; i++) {
                int doc = searcher.search(new TermQuery(new Term(Fields.ID, ids.get(i))), 1).scoreDocs[0].doc;
                hits[i] = new ScoreDoc(doc, 1f);
            }
            int windows95 = hits[0].doc;
            TopDocs top = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);

            ProductAgreement.apply(
                    reader, top, ProductAgreement.named(NamedProducts.all(reader), List.of("nt4", "countri")));

            // Windows NT's and the Visual Basic article that says nt4 count in full; Windows 95's, a little less.
            assertThat(top.scoreDocs).extracting(h -> h.score).containsExactly(1f, 1f, ProductAgreement.WEIGHT);
            assertThat(top.scoreDocs[2].doc).isEqualTo(windows95);
        }
    }

    @Test
    void aShortMentionNamesProductsOnlyWhenManyArticlesMentionIt() throws IOException {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(SmallIndex.article(900500 + i, "Backup Job " + i + " Fails", "The job fails.", "A bug."));
        }
        articles.add(article(
                900490, "hostint", "Microsoft Host Integration version 2.0", "Session Drops", "The session drops."));
        articles.add(article(900491, "visualc", "Microsoft Visual C++ version 6.0", "Build Stops", "The build stops."));
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(articles))) {
            // "hi" is mentioned by 1 article of 62, less than one in fifty; "hi2" is long enough to count.
            assertThat(named(reader, "hi")).isEmpty();
            assertThat(named(reader, "hi2")).containsExactly("hostint");
            // One letter (C++ analysed) names nothing, however many articles mention it.
            assertThat(named(reader, "c")).isEmpty();
            assertThat(named(reader, "vc6")).containsExactly("visualc");
        }
    }

    @Test
    void aWordNamesTheProductsOfTheArticlesThatMentionIt() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(ARTICLES))) {
            assertThat(named(reader, "nt4")).containsExactly("winnt");
            assertThat(named(reader, "nt")).containsExactly("winnt");
            assertThat(named(reader, "windows95")).containsExactly("win95x");
            // Words that are no mention, and a mention that most of the articles with the word use as a word.
            assertThat(named(reader, "country")).isEmpty();
            assertThat(named(reader, "ms")).isEmpty();
            ProductAgreement.Named named =
                    ProductAgreement.named(NamedProducts.all(reader), List.of("nt4", "dun", "countri"));
            assertThat(named.products()).containsExactly("winnt");
            assertThat(named.words()).containsExactly("nt4");
        }
    }

    /** The products a word names, as the table a searcher keeps says. */
    private static List<String> named(DirectoryReader reader, String word) throws IOException {
        return NamedProducts.all(reader).getOrDefault(word, List.of());
    }
}
