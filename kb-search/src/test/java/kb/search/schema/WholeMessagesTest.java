package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class WholeMessagesTest {
    private static final Analyzer ANALYZER = KbAnalyzers.perField();

    private static String key(String text) {
        return WholeMessages.key(ANALYZER, text);
    }

    @Test
    void eachLineEachRunOfLinesAndEachQuotedTextIsAWholeMessage() {
        String messages = """
                Server error: "Visual SourceSafe failure. Verify that you have write
                   access to the repository." occurred
                Error 53

                The network path was not found.""";
        assertThat(WholeMessages.of(ANALYZER, messages))
                .contains(
                        key("The network path was not found"),
                        key("Error 53"),
                        key("Server error: Visual SourceSafe failure. Verify that you have write access to the"
                                + " repository. occurred Error 53"),
                        key("access to the repository.\" occurred"),
                        key("Visual SourceSafe failure. Verify that you have write access to the repository."))
                .doesNotContain(key("The network path"), key("Error 53 The network path was not found"));
    }

    @Test
    void aKeyIsTheWordsAsTheMessagesFieldAnalysesThem() {
        // Case, spacing, punctuation and apostrophes aside, the same words are the same message.
        assertThat(key("Access is  denied.")).isEqualTo(key("ACCESS IS DENIED")).isNotEmpty();
        assertThat(key("Can't open the file")).isEqualTo(key("cant open the file"));
        assertThat(key("Access denied")).isNotEqualTo(key("Access is denied"));
        // One word is no message; nor are more than 64.
        assertThat(key("Error")).isEmpty();
        assertThat(key("word ".repeat(WholeMessages.MAX_WORDS))).isNotEmpty();
        assertThat(key("word ".repeat(WholeMessages.MAX_WORDS + 1))).isEmpty();
    }

    @Test
    void aMessageWithCapitalsIsKeptAsWrittenToo() {
        String written = WholeMessages.asWrittenKey("File Access Denied", key("File Access Denied"));
        assertThat(written).isNotEmpty().isNotEqualTo(key("File Access Denied"));
        assertThat(WholeMessages.asWrittenKey("File access denied", key("File access denied")))
                .isNotEmpty()
                .isNotEqualTo(written);
        // Spacing, punctuation and apostrophes aside, as for the words' key.
        assertThat(WholeMessages.asWrittenKey("File  Access Denied.", key("File  Access Denied.")))
                .isEqualTo(written);
        assertThat(WholeMessages.asWrittenKey("Can't Open File", key("Can't Open File")))
                .isEqualTo(WholeMessages.asWrittenKey("Cant Open File", key("Cant Open File")));
        // Without capitals, or when the words are no whole message, there is none.
        assertThat(WholeMessages.asWrittenKey("file access denied", key("file access denied")))
                .isEmpty();
        assertThat(WholeMessages.asWrittenKey("Error", key("Error"))).isEmpty();
        assertThat(WholeMessages.of(ANALYZER, "\"File Access Denied\" and \"file not found\""))
                .contains(written, key("File Access Denied"), key("file not found"));
    }

    @Test
    void theHashIsFnv1aAsTheBrowserComputesIt() {
        // The published test values of 32-bit FNV-1a.
        assertThat(WholeMessages.hash("a")).isEqualTo("e40c292c");
        assertThat(WholeMessages.hash("foobar")).isEqualTo("bf9cf968");
        assertThat(WholeMessages.hash("")).isEqualTo("811c9dc5");
    }
}
