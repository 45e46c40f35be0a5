package kb.model.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kb.model.ArticleId;
import kb.model.ProductVersion;
import kb.model.SectionKind;
import org.junit.jupiter.api.Test;

class FieldParsingTest {

    @Test
    void idsAreNormalizedAndKeepTheirNumber() {
        assertThat(ArticleId.of("q0256211")).isEqualTo(ArticleId.archive(256211));
        assertThat(ArticleId.of("Q10022").value()).isEqualTo("Q10022");
        assertThat(ArticleId.of("Q10022").bucket()).isEqualTo("010");
        assertThat(ArticleId.parse("KB256211")).isEmpty();
        assertThat(ArticleId.parse("")).isEmpty();
    }

    @Test
    void datesParseInTheArchiveFormatAndIso() {
        assertThat(FieldParser.date("25-JUN-2000").date()).isEqualTo(LocalDate.of(2000, 6, 25));
        assertThat(FieldParser.date("2026-03-14").date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(FieldParser.date("someday").date()).isNull();
        assertThat(FieldParser.date("someday").written()).isEqualTo("someday");
    }

    @Test
    void versionsSplitEveryWayTheArchiveWritesThem() {
        assertThat(FieldParser.versions("winnt:2.0").values()).containsExactly(new ProductVersion("winnt", "2.0"));
        assertThat(FieldParser.versions("2.0,2.0 SP1,2.0 SP2").values())
                .containsExactly(
                        new ProductVersion("", "2.0"),
                        new ProductVersion("", "2.0 SP1"),
                        new ProductVersion("", "2.0 SP2"));
        assertThat(FieldParser.versions("WINDOWS:97; winnt:4.0").values())
                .containsExactly(new ProductVersion("WINDOWS", "97"), new ProductVersion("winnt", "4.0"));
        assertThat(FieldParser.versions("4.00 4.00b 4.50").values())
                .containsExactly(
                        new ProductVersion("", "4.00"),
                        new ProductVersion("", "4.00b"),
                        new ProductVersion("", "4.50"));
        assertThat(FieldParser.versions(":2.0").written()).isEqualTo("2.0");
        assertThat(FieldParser.versions("").values()).isEmpty();
    }

    @Test
    void keywordsSplitOnSpacesAndBars() {
        assertThat(FieldParser.words("kbsetup kbClient|kbsms200  kbsetup"))
                .containsExactly("kbsetup", "kbClient", "kbsms200");
    }

    @Test
    void titlesDecodeEntities() {
        assertThat(FieldParser.title("Evans &amp; Sutherland &quot;Video&quot; C:&#92;"))
                .isEqualTo("Evans & Sutherland \"Video\" C:\\");
        assertThat(FieldParser.title("C++ Treats &array[][] as 2-D")).isEqualTo("C++ Treats &array[][] as 2-D");
    }

    @Test
    void headingsNameTheirKind() {
        assertThat(SectionKind.ofHeading("MORE INFORMATION")).isEqualTo(SectionKind.MORE_INFORMATION);
        assertThat(SectionKind.ofHeading("Symptom")).isEqualTo(SectionKind.SYMPTOMS);
        assertThat(SectionKind.ofHeading("Workaround:")).isEqualTo(SectionKind.WORKAROUND);
        assertThat(SectionKind.ofHeading("Program Listing")).isEqualTo(SectionKind.OTHER);
    }
}
