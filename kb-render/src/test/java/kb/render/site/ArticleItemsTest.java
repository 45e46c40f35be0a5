package kb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kb.model.ArticleId;
import kb.model.corpus.ArticleSummary;
import org.junit.jupiter.api.Test;

class ArticleItemsTest {
    private static ArticleSummary article(int n, String title) {
        return new ArticleSummary(
                ArticleId.archive(n),
                title,
                "q" + n + ".txt",
                n,
                List.of("win95"),
                List.of("Windows 95"),
                List.of(),
                LocalDate.of(2000, 1, 1 + n % 28),
                "",
                List.of(),
                List.of(),
                false,
                List.of());
    }

    private static List<ArticleSummary> articles(int from, int to) {
        List<ArticleSummary> out = new ArrayList<>();
        for (int n = from; n < to; n++) {
            out.add(article(n, "Title \"" + n + "\" <b>"));
        }
        return out;
    }

    /** The list as JSON read back: each item's fields. */
    private static List<String> read(byte[] json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(json).get("articles")) {
            out.add(item.get("id").asText() + "|" + item.get("title").asText() + "|"
                    + item.get("url").asText() + "|" + item.get("products") + "|"
                    + item.get("modified").asText());
        }
        return out;
    }

    private static List<String> expected(List<ArticleSummary> articles) {
        return articles.stream()
                .map(m -> m.id().value() + "|" + m.title() + "|" + kb.render.link.SitePaths.articleDir(m.id()) + "|"
                        + "[\"win95\"]|" + m.date())
                .toList();
    }

    @Test
    void listsThatDifferByEditsAdditionsAndRemovalsShowEachArticleAsItIsNow() throws Exception {
        List<ArticleSummary> list = articles(1, 200);
        assertThat(read(ArticleItems.of(list).json())).isEqualTo(expected(list));

        List<ArticleSummary> next = new ArrayList<>(list);
        next.set(10, article(11, "Edited"));
        next.remove(50);
        next.remove(50);
        next.add(50, article(51, "Added again in the middle"));
        next.addFirst(article(0, "Added first"));
        next.removeLast();
        next.sort(java.util.Comparator.comparing(ArticleSummary::id));
        assertThat(read(ArticleItems.of(next).json())).isEqualTo(expected(next));
        assertThat(read(ArticleItems.of(List.of()).json())).isEmpty();
    }

    @Test
    void whatTheItemsShowIsFingerprintedWhateverObjectsHoldIt() {
        List<ArticleSummary> list = articles(1, 100);
        long made = ArticleItems.of(list).madeFrom();
        // Equal summaries, other objects: as from a build that read them again.
        assertThat(ArticleItems.of(articles(1, 100)).madeFrom()).isEqualTo(made);
        List<ArticleSummary> edited = new ArrayList<>(list);
        edited.set(5, article(6, "Another title"));
        assertThat(ArticleItems.of(edited).madeFrom()).isNotEqualTo(made);
        assertThat(ArticleItems.of(list.subList(0, list.size() - 1)).madeFrom()).isNotEqualTo(made);
    }
}
