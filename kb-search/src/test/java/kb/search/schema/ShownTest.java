package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ShownTest {
    @Test
    void whatAResultShowsComesBackAsItWasKeptWhateverItsText() {
        Shown shown = Shown.of(
                "Q256211",
                "SMS: Smsapm32.exe « Does Not Stop » \u0000 When Client Agent Is Upgraded",
                "kb/256/Q256211/",
                "sms winnt",
                "2000-06-25",
                "When a Systems Management Server (SMS) 2.0 client\r\n attempts to upgrade…");
        BytesRef kept = shown.encode();
        Shown back = Shown.decode(new BytesRef(kept.bytes, kept.offset, kept.length));

        assertThat(back.title()).isEqualTo("SMS: Smsapm32.exe « Does Not Stop »   When Client Agent Is Upgraded");
        assertThat(back.summary()).isEqualTo("When a Systems Management Server (SMS) 2.0 client attempts to upgrade…");
        assertThat(back)
                .extracting(Shown::id, Shown::url, Shown::products, Shown::date)
                .containsExactly("Q256211", "kb/256/Q256211/", "sms winnt", "2000-06-25");
        assertThat(Shown.decode(Shown.of("Q1", "", "", "", "", "").encode()).id())
                .isEqualTo("Q1");
    }

    @Test
    void theTitleAloneIsReadFromWhereverTheValueStands() {
        BytesRef kept = Shown.of("Q256211", "SMS: Smsapm32.exe « Does Not Stop »", "kb/256/Q256211/", "sms", "", "")
                .encode();
        byte[] within = new byte[kept.length + 7];
        System.arraycopy(kept.bytes, kept.offset, within, 3, kept.length);

        assertThat(Shown.title(new BytesRef(within, 3, kept.length))).isEqualTo("SMS: Smsapm32.exe « Does Not Stop »");
        assertThat(Shown.title(Shown.of("Q1", "", "", "", "", "").encode())).isEmpty();
        assertThatThrownBy(() -> Shown.title(new BytesRef("Q1\u0000title")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> Shown.decode(new BytesRef("Q1\u0000title")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
