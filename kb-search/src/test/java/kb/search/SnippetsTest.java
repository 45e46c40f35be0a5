package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private final Snippets snippets = new Snippets(KbAnalyzers.perField());

    private static String marked(List<SearchHit.SnippetPart> parts) {
        return parts.stream().map(p -> p.hit() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
    }

    @Test
    void marksTheQueryWordsInTheSentencesThatHoldMostOfThem() {
        String text = "The computer starts normally. Later, when you print a document, the printer stops printing."
                + "\nNothing else happens. The spooler is fine.";
        String s = marked(snippets.snippet(Fields.SYMPTOMS, text, Set.of("printer", "print", "spooler")));
        assertThat(s).isEqualTo("Later, when you [print] a document, the [printer] stops [printing]. … The [spooler] is fine.");
    }

    @Test
    void withoutAMatchTheSnippetIsTheStartOfTheText() {
        String text = "word ".repeat(100);
        List<SearchHit.SnippetPart> parts = snippets.snippet(Fields.SYMPTOMS, text, Set.of("printer"));
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).hit()).isFalse();
        assertThat(parts.get(0).text()).endsWith(" …").hasSizeLessThanOrEqualTo(Snippets.CHARS + 2);
    }

    @Test
    void aLongSentenceIsCutAtAWord() {
        String text = "Setup reports error 1603 " + "and then goes on ".repeat(80) + "until the end.";
        String s = marked(snippets.snippet(Fields.SYMPTOMS, text, Set.of("1603")));
        assertThat(s).startsWith("Setup reports error [1603] and then goes on")
                .endsWith(" …")
                .hasSizeLessThan(2 * Snippets.CHARS + 10);
    }

    @Test
    void emptyTextGivesAnEmptySnippet() {
        assertThat(marked(snippets.snippet(Fields.SYMPTOMS, "", Set.of("x")))).isEmpty();
    }
}
