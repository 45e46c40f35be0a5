package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kb.model.Article;
import kb.model.IdScheme;
import kb.model.parse.ArticleParser;
import org.junit.jupiter.api.Test;

/** An article's id typed into the search box finds that article first, above the articles that cite it. */
class IdSearchTest {
    private static List<String> ids(List<Article> articles, String query) throws IOException {
        return SmallIndex.ids(articles, query);
    }

    @Test
    void aQNumberFindsItsArticleFirst() throws IOException {
        List<Article> articles = List.of(
                SmallIndex.article(
                        900001,
                        "List of fixes in the service pack",
                        "Fixes Q900002, Q900003. See Q900002 for the agent. Q900002 again.",
                        "None."),
                SmallIndex.article(900002, "Agent does not stop when upgraded", "The agent keeps running.", "A bug."),
                SmallIndex.article(900003, "Another fix", "Something else.", "Another bug."));

        assertThat(ids(articles, "Q900002")).first().isEqualTo("Q900002");
        assertThat(ids(articles, "q900002")).first().isEqualTo("Q900002");
    }

    @Test
    void aTeamsIdFindsItsArticleFirst() throws IOException {
        ArticleParser parser =
                ArticleParser.builder().ids(IdScheme.of("KB-\\d{4}")).build();
        List<Article> articles = List.of(
                markdown(parser, "KB-0001", "Sync stops", "If the vault refuses the key, see KB-0042 and KB-0042."),
                markdown(parser, "KB-0042", "Vault refuses the key", "The vault says the key is wrong."));

        assertThat(ids(articles, "KB-0042")).first().isEqualTo("KB-0042");
        assertThat(ids(articles, "kb-0042")).first().isEqualTo("KB-0042");
    }

    private static Article markdown(ArticleParser parser, String id, String title, String symptoms) {
        String md = "---\nid: " + id + "\ntitle: " + title + "\n---\n\n## Symptoms\n\n" + symptoms + "\n";
        return parser.parse(id + ".md", md.getBytes(StandardCharsets.UTF_8))
                .article()
                .orElseThrow();
    }
}
