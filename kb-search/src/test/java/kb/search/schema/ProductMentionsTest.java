package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMentionsTest {
    private static List<String> of(String line) {
        return List.copyOf(ProductMentions.of(List.of(line)));
    }

    @Test
    void aNameOfSeveralWordsIsWrittenAsItsInitialsGluedToEachVersion() {
        assertThat(of("Microsoft Visual Basic Enterprise Edition for Windows, versions 5.0, 6.0"))
                .contains("vb", "vb5", "vb5.0", "vb6")
                .doesNotContain("vbefw", "visual", "windows", "5", "6");
        assertThat(of("Microsoft Systems Management Server version 2.0")).contains("sms", "sms2", "sms2.0");
        assertThat(of("Microsoft Visual C++, 32-bit Learning Edition, version 6.0"))
                .contains("vc", "vc6");
        assertThat(of("Microsoft Windows for Workgroups version 3.11")).contains("wfw", "wfw3.11");
        assertThat(of("Microsoft Visual FoxPro for Windows, version 6.0")).contains("vfp", "vfp6");
    }

    @Test
    void aWordInCapitalsIsAMentionOfItsOwn() {
        assertThat(of("Microsoft Windows NT Server version 4.0")).contains("nt", "nt4", "nt4.0");
        assertThat(of("Microsoft Internet Information Server version 4.0")).contains("iis", "iis4");
    }

    @Test
    void aOneWordNameIsGluedToItsVersion() {
        assertThat(of("Microsoft Windows 95")).contains("windows95").doesNotContain("95");
        assertThat(of("Microsoft Word 97 for Windows")).contains("word97");
        assertThat(of("Microsoft Windows versions 3.1, 3.11")).contains("windows3.1", "windows3.11");
    }

    @Test
    void longLinesOfBracketsOrSpacesTakeTimeInProportion() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertThat(of("Microsoft Word 97 " + "(".repeat(300_000))).contains("word97");
            assertThat(of("Microsoft Word 97" + " ".repeat(300_000) + "x")).contains("word97");
            assertThat(of("Microsoft Word (" + "x".repeat(300_000) + ") version 6.0"))
                    .contains("word6");
        });
        assertThat(of("Microsoft Word (Macintosh) (PowerPC), version 6.0")).contains("word6");
    }

    @Test
    void aLineWithoutAProductGivesNothing() {
        assertThat(String.join(
                        " ", ProductMentions.of(List.of("The Microsoft Foundation Classes (MFC), used with:", ""))))
                .doesNotContain("used");
    }
}
