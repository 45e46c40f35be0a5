package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermPlacesTest {
    @Test
    void keepsEachTermWithWhereItStandsInTheText() {
        String text =
                "The spooler stops.\n\nPrinting fails with error 0x80070005 after a while — printing again works.";
        AnalysedText analysed = AnalysedText.of(KbAnalyzers.prose(), Fields.SYMPTOMS, text);
        List<String> found = new ArrayList<>();
        TermPlaces.decode(
                TermPlaces.encode(analysed), (hash, start, end) -> found.add(hash + "@" + text.substring(start, end)));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            expected.add(TermPlaces.hash(analysed.term(i)) + "@" + text.substring(analysed.start(i), analysed.end(i)));
        }
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(found).anyMatch(s -> s.endsWith("@Printing")).anyMatch(s -> s.endsWith("@0x80070005"));
        // One term, one hash: "Printing" and "printing" are both the term "print".
        String printing =
                found.stream().filter(s -> s.endsWith("@Printing")).findFirst().orElseThrow();
        assertThat(found).contains(printing.replace("@Printing", "@printing"));
        assertThat(TermPlaces.hash("print")).isNotEqualTo(TermPlaces.hash("printer"));
    }

    @Test
    void anEmptyTextKeepsNothing() {
        AnalysedText none = AnalysedText.of(KbAnalyzers.prose(), Fields.SYMPTOMS, "");
        assertThat(TermPlaces.encode(none).length).isZero();
        TermPlaces.decode(TermPlaces.encode(none), (hash, start, end) -> {
            throw new AssertionError("no term expected");
        });
    }
}
