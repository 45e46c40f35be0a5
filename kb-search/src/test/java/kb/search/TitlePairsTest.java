package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import org.junit.jupiter.api.Test;

class TitlePairsTest {
    // Both titles have all of the query's words: the longer one says them side by side as the user does, the
    // shorter one has them apart.
    private static final List<Article> ARTICLES = SmallIndex.amongOthers(
            900520,
            SmallIndex.article(
                    900511,
                    "Wrong Icons on a Slow Link in Windows Explorer",
                    "Explorer shows the default icon for each file.",
                    "The icons are not read over the network in time."),
            SmallIndex.article(
                    900512,
                    "Icons Are Wrong on a Link in Slow Explorer",
                    "Explorer shows the default icon for each file.",
                    "The link's target is not set."));

    @Test
    void aTitleThatSaysTheUsersWordsTogetherComesBeforeOneThatHasThemApart() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "wrong icons slow link explorer")).startsWith("Q900511", "Q900512");
    }

    @Test
    void aCitedTitleFindsItsArticle() throws IOException {
        assertThat(SmallIndex.ids(ARTICLES, "Icons Are Wrong on a Link in Slow Explorer"))
                .first()
                .isEqualTo("Q900512");
    }
}
