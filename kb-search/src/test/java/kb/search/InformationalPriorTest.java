package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import kb.model.Article;
import org.junit.jupiter.api.Test;

class InformationalPriorTest {
    private static Article article(int id, String type, String title, String symptoms) {
        String md = "---\nid: Q" + id + "\ntitle: \"" + title + "\"\nproducts: Acme Vault\nissue_type: " + type
                + "\nmodified: 2026-01-01\n---\n\n## Symptoms\n\n" + symptoms + "\n";
        return SmallIndex.parsed(id, md);
    }

    // Two articles the same words find about as well: one explains, the other answers a problem.
    private static final List<Article> ARTICLES = List.of(
            article(
                    900301,
                    "kbHowTo",
                    "How to Schedule the Acme Vault Catalog Backup",
                    "The catalog backup job runs at night; the schedule of the catalog backup job is set here."),
            article(
                    900302,
                    "kbbug",
                    "Acme Vault Catalog Backup Job Runs at the Wrong Time",
                    "The catalog backup runs at the wrong time after the schedule is set."));

    @Test
    void aProblemInTheUsersWordsFindsTheProblemsArticleBeforeTheOneThatExplains() throws IOException {
        SearchResult r = SmallIndex.search(ARTICLES, "catalog backup job schedule");

        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("Q900302", "Q900301");
        // Its words weigh more in the article that explains: without the rule, it would come first.
        assertThat(r.hits().get(1).score() / InformationalPrior.WEIGHT)
                .isGreaterThan(r.hits().get(0).score());
    }

    @Test
    void aCitedTitleStillFindsTheArticleThatExplains() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "How to Schedule the Acme Vault Catalog Backup")
                        .getFirst())
                .isEqualTo("Q900301");
    }

    @Test
    void informationalTypesAsArticlesWriteThem() {
        assertThat(InformationalPrior.informational("kbHowTo")).isTrue();
        assertThat(InformationalPrior.informational("kbinfo")).isTrue();
        assertThat(InformationalPrior.informational("kbbug")).isFalse();
        assertThat(InformationalPrior.informational("")).isFalse();
        assertThat(InformationalPrior.words("WD97: Don't Appear"))
                .containsExactlyInAnyOrder("wd97", "don", "t", "appear");
    }

    @Test
    void aTitleIsHeldWhenTheQueryHasEachOfItsWordsInAnyCase() {
        Set<String> query = InformationalPrior.words("wd97 dont appear don't");

        assertThat(InformationalPrior.holdsTitle(query, "WD97: Don't Appear")).isTrue();
        assertThat(InformationalPrior.holdsTitle(query, "Appear")).isTrue();
        assertThat(InformationalPrior.holdsTitle(query, "")).isTrue();
        assertThat(InformationalPrior.holdsTitle(query, "WD97: Don't Appear Twice"))
                .isFalse();
        assertThat(InformationalPrior.holdsTitle(query, "WD98: Don't Appear")).isFalse();
    }
}
