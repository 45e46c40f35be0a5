package kb.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A diagnostic prints as one line a terminal shows as text, however long or strange the text it quotes. */
class DiagnosticTest {
    @Test
    void controlCharactersAreWrittenOutAndLineEndsAreSpaces() {
        Diagnostic d = Diagnostic.at(
                "a\u001B.md", 3, DiagnosticCode.NO_TITLE, "title 'x\u001B]0;owned\u0007\u001B[2J'\nsecond line\tend");
        assertThat(d.toString())
                .isEqualTo("a\\u001B.md:3: warning: title 'x\\u001B]0;owned\\u0007\\u001B[2J' second line end [KB011]")
                .doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void aLongMessageIsCut() {
        Diagnostic d = Diagnostic.of("big.md", DiagnosticCode.NO_TITLE, "word ".repeat(200_000));
        assertThat(d.message()).hasSize(Diagnostic.MAX_MESSAGE).endsWith("\u2026");
    }
}
