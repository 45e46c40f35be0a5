package kb.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.search.KbSearcher;
import kb.search.SampleIndex;
import kb.search.SearchRequest;
import kb.search.SearchResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a user types, the query reads: text made of the syntax the parser gives meaning to (quotes, minus signs,
 * filters), other scripts, control characters and long runs. Parsing never fails, keeps within the limits it promises,
 * and says so when it cut something; searching the sample articles with it never fails and gives a page of results at
 * most.
 */
class QueryFuzzTest {
    private static KbSearcher searcher;

    @BeforeContainer
    static void index() throws IOException {
        searcher = SampleIndex.searcher();
    }

    @AfterContainer
    static void close() throws IOException {
        searcher.close();
    }

    private static final List<String> PIECES = List.of(
            "\"",
            "\"error 0x80070005\"",
            "-",
            "-word",
            "--",
            "- ",
            "product:",
            "product:sms",
            "year:",
            "year:2001",
            "year:99999",
            "AND",
            "OR",
            "NOT",
            "*",
            "?",
            ":",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "~",
            "^2",
            "\\",
            "/",
            "smsapm32.exe",
            "0x0000001E",
            "win95",
            "doesnt",
            "\u00e9t\u00e9",
            "\u4e2d\u6587",
            "\uD83D\uDE00",
            "\uD800",
            "\u0000",
            "\u001B[2J",
            "\u202E",
            "\uFEFF",
            "\t",
            "\n",
            " ",
            "   ",
            "x".repeat(500),
            "a ".repeat(300),
            "\"a\" ".repeat(50),
            "-b ".repeat(50));

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    }

    @Property(seed = "20261201")
    void anythingTypedIsAQuery(@ForAll("typed") String input) {
        UserQuery q = UserQuery.parse(input, SearchRequest.MAX_TEXT);
        assertThat(q.phrases()).hasSizeLessThanOrEqualTo(UserQuery.MAX_PHRASES);
        assertThat(q.text().length()).isLessThanOrEqualTo(SearchRequest.MAX_TEXT);
        if (q.limited()) {
            assertThat(input).containsAnyOf("\"", "-");
        }
    }

    @Property(seed = "20261201", tries = 300)
    void anythingTypedIsSearched(@ForAll("typed") String input) throws IOException {
        if (input.isBlank()) {
            return;
        }
        SearchResult r = searcher.search(SearchRequest.of(input));
        assertThat(r.hits()).hasSizeLessThanOrEqualTo(SearchRequest.of(input).pageSize());
        assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
    }
}
