package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class SpellingFilterTest {
    private static List<String> terms(Analyzer analyzer, String field, String text) {
        return AnalysedText.of(analyzer, field, text).terms();
    }

    @Test
    void aContractionMatchesItsSpellingWithoutTheApostrophe() {
        Analyzer a = KbAnalyzers.perField();
        for (String field : List.of(Fields.ABOUT, Fields.WORDS, Fields.MESSAGES)) {
            assertThat(terms(a, field, "the service doesn't start, won’t stop"))
                    .as(field)
                    .isEqualTo(terms(a, field, "the service doesnt start, wont stop"))
                    .contains("doesnt", "wont");
        }
    }

    @Test
    void possessivesStillLoseTheirEnding() {
        assertThat(terms(KbAnalyzers.prose(), Fields.TITLE, "the user's profile"))
                .containsExactly("user", "profil");
    }

    @Test
    void aHexadecimalNumberLosesItsLeadingZeros() {
        Analyzer a = KbAnalyzers.perField();
        for (String field : List.of(Fields.ABOUT, Fields.WORDS, Fields.EXACT)) {
            assertThat(terms(a, field, "STOP 0x0000007B")).as(field).contains("0x7b");
        }
        assertThat(terms(a, Fields.WORDS, "0x0 0x00 0x0g 0x80070005"))
                .containsExactly("0x0", "0x0", "0x0g", "0x80070005");
    }
}
