package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static String marked(List<SearchHit.SnippetPart> parts) {
        return parts.stream()
                .map(p -> p.hit() ? "[" + p.text() + "]" : p.text())
                .collect(Collectors.joining());
    }

    /** The snippet of the one article's symptoms, found by the query. */
    private static List<SearchHit.SnippetPart> snippet(String title, String symptoms, String query) throws IOException {
        SearchResult r = SmallIndex.search(List.of(SmallIndex.article(900401, title, symptoms, "Unknown.")), query);
        assertThat(r.hits()).hasSize(1);
        return r.hits().get(0).snippet();
    }

    @Test
    void marksTheQueryWordsInTheSentencesThatHoldMostOfThem() throws IOException {
        String text = "The computer starts normally. Later, when you print a document, the printer stops printing."
                + " Nothing else happens. The spooler is fine.";
        String s = marked(snippet("Output Stops", text, "printer print spooler"));
        assertThat(s)
                .isEqualTo(
                        "Later, when you [print] a document, the [printer] stops [printing]. … The [spooler] is fine.");
    }

    @Test
    void withoutAMatchTheSnippetIsTheStartOfTheText() throws IOException {
        List<SearchHit.SnippetPart> parts = snippet("Printer Stops", "word ".repeat(100), "printer");
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).hit()).isFalse();
        assertThat(parts.get(0).text())
                .startsWith("word word")
                .endsWith(" …")
                .hasSizeLessThanOrEqualTo(Snippets.CHARS + 2);
    }

    @Test
    void aLongSentenceIsCutAtAWord() throws IOException {
        String text = "Setup reports error 1603 " + "and then goes on ".repeat(80) + "until the end.";
        String s = marked(snippet("Setup Fails", text, "1603"));
        assertThat(s)
                .startsWith("Setup reports error [1603] and then goes on")
                .endsWith(" …")
                .hasSizeLessThan(2 * Snippets.CHARS + 10);
    }

    @Test
    void aTypoMarksTheSpellingFound() throws IOException {
        String s = marked(snippet("Output Stops", "The spooler service stops.", "spoolr"));
        assertThat(s).isEqualTo("The [spooler] service stops.");
    }

    @Test
    void marksPastTheEndOfTheTextAreLeftOut() {
        String text = "A short text.";
        List<SearchHit.SnippetPart> parts = Snippets.snippet(
                text,
                Snippets.sentenceEnds(text),
                List.of(new Snippets.Mark(2, 7, "short"), new Snippets.Mark(40, 45, "later")));
        assertThat(marked(parts)).isEqualTo("A [short] text.");
    }

    @Test
    void sentencesEndWhereTheJdkRulesSay() {
        String text = "The spooler stops. Printing fails!\nRestart it? Version 4.0 of the tool.";
        assertThat(Snippets.sentenceEnds(text)).containsExactly(19, 35, 47, text.length());
        assertThat(Snippets.sentenceEnds("")).isEmpty();
    }

    @Test
    void emptyTextGivesAnEmptySnippet() {
        assertThat(marked(Snippets.snippet("", new int[0], List.of(new Snippets.Mark(0, 1, "x")))))
                .isEmpty();
    }
}
