package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import org.junit.jupiter.api.Test;

class PastedMessageTest {
    // One article's title says the message (and its symptoms use its words); the other's symptoms quote it.
    private static final List<Article> ARTICLES = SmallIndex.amongOthers(
            900320,
            SmallIndex.article(
                    900311,
                    "Error Message: The Relay Host Was Not Found",
                    "When mail is sent to another domain, the relay host was not found.",
                    "The relay host is not set."),
            SmallIndex.article(
                    900312,
                    "Mail Stays in the Queue After the Server Is Renamed",
                    "Mail stays in the queue, and the log shows the message \"The relay host was not found.\"",
                    "The server's new name is not known to the relay."));

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItBeforeOneWhoseTitleSaysIt() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "The relay host was not found")).startsWith("Q900312", "Q900311");
    }

    @Test
    void aCitedTitleStillFindsItsArticle() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "Error Message: The Relay Host Was Not Found"))
                .first()
                .isEqualTo("Q900311");
        assertThat(SmallIndex.ids(ARTICLES, "Mail Stays in the Queue After the Server Is Renamed"))
                .first()
                .isEqualTo("Q900312");
    }
}
