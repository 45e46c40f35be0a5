package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import org.junit.jupiter.api.Test;

/** Words a user writes joined where the articles write them apart, and apart where they write them joined. */
class JoinedWordsTest {
    private static final Article SCANNER_DRIVER = SmallIndex.article(
            900401,
            "Scanner Driver Does Not Load",
            "The scanner is not found. The scanner driver reports an error.",
            "The scanner driver is out of date.");
    private static final Article BLUE_SCREEN = SmallIndex.article(
            900402,
            "Blue Screen When the Scanner Starts",
            "The computer stops with a STOP error.",
            "A driver writes over memory.");

    @Test
    void aWordNoArticleHasIsReadAsTheTwoWordsATitleHasSideBySide() throws IOException {
        // No article has "bluescreen"; the second article's title says "Blue Screen".
        assertThat(SmallIndex.ids(List.of(SCANNER_DRIVER, BLUE_SCREEN), "bluescreen scanner"))
                .containsExactly("Q900402", "Q900401");
        // The words as the articles write them find the same.
        assertThat(SmallIndex.ids(List.of(SCANNER_DRIVER, BLUE_SCREEN), "blue screen scanner"))
                .containsExactly("Q900402", "Q900401");
    }

    @Test
    void aWordIsSplitOnlyWhereATitleHasTheTwoSideBySide() throws IOException {
        // "screenblue" joins two words the articles have, but no title has "screen blue".
        assertThat(SmallIndex.ids(List.of(SCANNER_DRIVER, BLUE_SCREEN), "screenblue scanner"))
                .containsExactly("Q900401", "Q900402");
    }

    @Test
    void twoWordsAreAlsoFoundAsTheOneWordTheArticlesWrite() throws IOException {
        Article printing = SmallIndex.article(
                900403,
                "Printing Fails After a Password Change",
                "Printing fails with an error after the password is changed.",
                "The spooler keeps the old password.");
        Article logon = SmallIndex.article(
                900404,
                "Logon Fails After a Password Change",
                "The logon is refused after the password is changed.",
                "The cached logon keeps the old password.");

        // The user writes "log on"; the article writes "logon".
        assertThat(SmallIndex.ids(List.of(printing, logon), "log on fails after password change"))
                .containsExactly("Q900404", "Q900403");
        // Without the joined word, the printing article, which says "fails" twice, is first.
        assertThat(SmallIndex.ids(List.of(printing, logon), "fails after password change"))
                .containsExactly("Q900403", "Q900404");
    }
}
