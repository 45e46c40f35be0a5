package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import org.junit.jupiter.api.Test;

class WholeMessageTest {
    // Both quote the message word for word; the first within a longer one, and its words fit the query better.
    private static final List<Article> ARTICLES = SmallIndex.amongOthers(
            900350,
            SmallIndex.article(
                    900341,
                    "Relay Host Was Not Found",
                    "The log shows \"Error 12: the relay host was not found. Check the relay host and send again.\"",
                    "The relay host is not set."),
            SmallIndex.article(
                    900342,
                    "Mail Stays in the Queue After the Server Is Renamed",
                    "Mail stays in the queue; the log shows \"The relay host was not found.\" and then \"Queue 4 of 9"
                            + " is full: the mail is held for the next try.\"",
                    "The server's new name is not known."));

    // Both quote the message whole; the first in other capitals, and its title fits the query better.
    private static final List<Article> CAPITALS = SmallIndex.amongOthers(
            900360,
            SmallIndex.article(
                    900351,
                    "Scans Are Held When the Queue Is Full",
                    "Scans are held, and the log shows \"The scan queue is full.\"",
                    "The queue is too small."),
            SmallIndex.article(
                    900352,
                    "Scans Are Dropped After the Share Is Renamed",
                    "Scans are dropped, and the log shows \"The Scan Queue Is Full.\"",
                    "The share's new name is not known."));

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItAsWrittenBeforeOneInOtherCapitals() throws IOException {
        SearchResult r = SmallIndex.search(CAPITALS, "The Scan Queue Is Full.");

        assertThat(r.hits()).extracting(SearchHit::id).startsWith("Q900352", "Q900351");
        assertThat(r.hits().get(1).score() / WholeMessage.AS_WRITTEN)
                .isGreaterThan(r.hits().get(0).score());
    }

    @Test
    void aMessageTypedWithoutCapitalsLeavesTheOrderToTheWords() throws IOException {
        assertThat(SmallIndex.ids(CAPITALS, "the scan queue is full")).first().isEqualTo("Q900351");
    }

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItWholeFirst() throws IOException {
        SearchResult r = SmallIndex.search(ARTICLES, "The relay host was not found.");

        assertThat(r.hits()).extracting(SearchHit::id).startsWith("Q900342", "Q900341");
        // The words alone put the other first: the rule did it.
        assertThat(r.hits().get(1).score() / WholeMessage.WEIGHT)
                .isGreaterThan(r.hits().get(0).score());
    }

    @Test
    void wordsThatAreNoWholeMessageLeaveTheOrderToTheWords() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "relay host was not found when mail is sent"))
                .first()
                .isEqualTo("Q900341");
        assertThat(SmallIndex.ids(ARTICLES, "The relay host was not found. Check the relay host"))
                .first()
                .isEqualTo("Q900341");
    }
}
