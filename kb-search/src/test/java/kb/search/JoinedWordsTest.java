package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import kb.search.query.JoinedWords;
import org.apache.lucene.index.DirectoryReader;
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
    void aWordIsSplitAsWrittenNotAsStemmed() throws IOException {
        Article adapter = SmallIndex.article(
                900405,
                "Network Adapter Is Lost After Sleep",
                "The adapter is lost; the connection is lost too.",
                "The driver does not wake.");
        Article drive = SmallIndex.article(
                900406, "Network Drive Is Lost After Sleep", "The mapped letter is gone.", "The session ends.");

        // "networkdrive" is stemmed "networkdriv", whose halves "network" and "driv" no title has.
        assertThat(SmallIndex.ids(List.of(adapter, drive), "networkdrive lost")).containsExactly("Q900406", "Q900405");
        assertThat(SmallIndex.ids(List.of(adapter, drive), "lost")).containsExactly("Q900405", "Q900406");
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

        // "log" and "on" are words of the index too, as common as "logon" (each in one article of three).
        Article events = SmallIndex.article(
                900407, "Event Log Fills Up on the Server", "The log is full.", "The log size is too small.");
        List<Article> articles = List.of(printing, logon, events);

        // The user writes "log on"; the article writes "logon".
        assertThat(SmallIndex.ids(articles, "log on fails after password change"))
                .startsWith("Q900404", "Q900403");
        // Without the joined word, the printing article, which says "fails" twice, is first.
        assertThat(SmallIndex.ids(articles, "fails after password change")).startsWith("Q900403", "Q900404");
    }

    @Test
    void theBrowserIsToldWhichCommonWordsMakeACommonWord() throws IOException {
        List<Article> articles = List.of(
                SmallIndex.article(900408, "Logon Fails", "The log on the server says of the logon.", "None."),
                SmallIndex.article(900409, "Log Is Full", "Ofthe 6.2 dos6 is written.", "None."));
        try (DirectoryReader reader = DirectoryReader.open(SmallIndex.indexed(articles))) {
            // "of the" makes "ofthe", but "of" is a stop word; "dos6" is not letters only.
            assertThat(JoinedWords.common(reader)).contains("log on").doesNotContain("of the", "dos 6");
        }
    }
}
