package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.search.query.UserQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searching the content/ articles as users would. */
class KbSearcherTest {
    private static KbSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = SampleIndex.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String text) throws IOException {
        return searcher.search(SearchRequest.of(text));
    }

    @Test
    void symptomInTheUsersWordsFindsTheArticleFirst() throws IOException {
        SearchResult r = search("smsapm32 does not stop during client upgrade");

        assertThat(r.hits().get(0).id()).isEqualTo("Q256211");
        assertThat(r.hits().get(0).url()).isEqualTo("kb/256/Q256211/");
        assertThat(r.hits().get(0).snippet()).anyMatch(p -> p.hit() && p.text().equalsIgnoreCase("Smsapm32"));
    }

    @Test
    void pastedErrorMessageFindsTheArticleQuotingIt() throws IOException {
        assertThat(search("Error 0x80070005: Access is denied. Could not open")
                        .hits()
                        .get(0)
                        .id())
                .isEqualTo("Q900101");
        assertThat(search("Reason 32: The process cannot access the file")
                        .hits()
                        .get(0)
                        .id())
                .isEqualTo("Q900105");
    }

    @Test
    void citedTitleFindsItsArticle() throws IOException {
        assertThat(search("How to Move the Acme Vault Catalog to Another Folder")
                        .hits()
                        .get(0)
                        .id())
                .isEqualTo("Q900107");
    }

    @Test
    void manyQuotedPhrasesOrExcludedWordsAreCutAndTheSearchSaysSo() throws IOException {
        StringBuilder phrases = new StringBuilder("\"access denied\" ");
        StringBuilder excluded = new StringBuilder("access denied");
        for (int i = 0; i < 200; i++) {
            phrases.append("\"error ").append(i).append("\" ");
            excluded.append(" -word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26));
        }
        for (String q : List.of(phrases.toString(), excluded.toString())) {
            SearchResult r = search(q);
            assertThat(r.notice()).as(q.substring(0, 40)).isEqualTo(UserQuery.LIMITED);
        }
        // The phrases that count still must be in the article; the rest are words.
        assertThat(search(phrases.toString()).total()).isPositive();
        assertThat(search("\"access denied\" \"catalog\"").notice()).isEmpty();
    }

    @Test
    void aSearchOverItsTimeBudgetStopsWithWhatItHasAndSaysSo() throws IOException {
        SearchRequest request = SearchRequest.of("access denied");
        SearchResult stopped = searcher.search(request, java.time.Duration.ZERO);
        assertThat(stopped.notice()).isEqualTo(KbSearcher.STOPPED);
        assertThat(stopped.total()).isZero();

        SearchResult inTime = searcher.search(request);
        assertThat(inTime.notice()).isEmpty();
        assertThat(inTime.total()).isPositive();
        // The budget was this thread's search's alone: a search on another thread, or after, runs in full.
        assertThat(search("access denied").total()).isEqualTo(inTime.total());
    }

    @Test
    void noInputIsASyntaxError() throws IOException {
        for (String q : new String[] {
            "\"unbalanced quote",
            "*",
            ":",
            "AND",
            "OR NOT",
            "()[]{}",
            "product:",
            "-",
            "\\",
            "a:b:c",
            "\"\"",
            "x".repeat(20_000),
            "Error: \"log line\" (0x1) ".repeat(500)
        }) {
            SearchResult r = search(q);
            String shown = q.length() > 40 ? q.substring(0, 40) : q;
            assertThat(r.hits()).as(shown).hasSize((int) Math.min(r.total(), 10));
        }
        // Nothing but syntax finds nothing, rather than everything.
        for (String q : new String[] {"*", ":", "()[]{}", "-", "\\", "\"\"", ""}) {
            assertThat(search(q).total()).as(q).isZero();
        }
        // A long pasted log is cut, not refused, and its words still find the articles that have them.
        assertThat(search("Error: \"log line\" (0x1) ".repeat(500)).hits()).isNotEmpty();
    }

    @Test
    void quotedPhraseMustMatchAndMinusExcludes() throws IOException {
        assertThat(search("\"staging share\"").hits()).isNotEmpty().allMatch(h -> h.id().startsWith("Q9001"));
        SearchResult without = search("agent -acme");
        assertThat(without.hits()).extracting(SearchHit::id).doesNotContain("Q900101", "Q900104");
    }

    @Test
    void aQuotedPhraseWithStopWordsFindsTheTextThatHasIt() throws IOException {
        // The stop words leave gaps in the query's phrase as they do in the title it is quoted from (and in the
        // article that cites that title).
        assertThat(search("\"move the acme vault catalog to another folder\"").hits())
                .extracting(SearchHit::id)
                .containsExactly("Q900107", "Q900106");
    }

    @Test
    void productFilterAndFacets() throws IOException {
        SearchResult all = search("upgrade");
        assertThat(all.products()).extracting(FacetCount::value).contains("sms", "acmesync");
        assertThat(all.products())
                .filteredOn(f -> f.value().equals("sms"))
                .extracting(FacetCount::name)
                .containsExactly("Microsoft Systems Management Server");
        assertThat(all.products())
                .filteredOn(f -> f.value().equals("acmesync"))
                .extracting(FacetCount::name)
                .containsExactly("Acme Sync Server");
        assertThat(all.years()).isNotEmpty().allMatch(f -> f.name().equals(f.value()));
        assertThat(all.faceted()).isEqualTo(Math.min(all.total(), KbSearcher.FACET_DEPTH));
        assertThat(all.hits())
                .filteredOn(h -> h.products().equals(List.of("acmesync")))
                .isNotEmpty()
                .allMatch(h -> h.productNames().equals(List.of("Acme Sync Server")));

        SearchResult sms = search("upgrade product:sms");
        assertThat(sms.hits()).isNotEmpty().allMatch(h -> h.products().contains("sms"));
        SearchResult filtered = searcher.search(new SearchRequest("upgrade", "acmesync", "", 1, 10));
        assertThat(filtered.hits()).isNotEmpty().allMatch(h -> h.products().contains("acmesync"));
        assertThat(filtered.productName()).isEqualTo("Acme Sync Server");
        assertThat(sms.productName()).isEqualTo("Microsoft Systems Management Server");
        assertThat(searcher.search(new SearchRequest("upgrade", "AcmeSync", "", 1, 10))
                        .productName())
                .isEqualTo("Acme Sync Server");
        assertThat(all.productName()).isEmpty();
    }

    @Test
    void misspelledWordsStillFindTheArticle() throws IOException {
        SearchResult r = search("smsapm23 upgarde");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).id()).isEqualTo("Q256211");
    }

    @Test
    void aTypoAmongWellSpelledWordsStillCountsAndIsCorrected() throws IOException {
        SearchResult r = search("smsapm32 does not stpo during clinet upgarde");

        assertThat(r.hits().get(0).id()).isEqualTo("Q256211");
        // A spelling is offered when it is in many more articles ("stop" is in too few of these to be sure).
        assertThat(r.didYouMean()).contains("during client upgrade").doesNotContain("clinet", "upgarde");
        assertThat(r.hits().get(0).snippet()).anyMatch(p -> p.hit() && p.text().equalsIgnoreCase("upgrade"));
        assertThat(search("smsapm32 does not stop during client upgrade").didYouMean())
                .isEmpty();
    }

    @Test
    void pagesOfResults() throws IOException {
        SearchResult first = searcher.search(new SearchRequest("client", "", "", 1, 2));
        SearchResult second = searcher.search(new SearchRequest("client", "", "", 2, 2));
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(2);
        assertThat(second.hits().get(0).id())
                .isNotIn(first.hits().stream().map(SearchHit::id).toList());
    }
}
