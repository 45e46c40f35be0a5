package kb.model.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A header line's label and value, as the archive writes them. */
class LabeledFieldsTest {
    @Test
    void aLabelIsALetterThenLettersSpacesAndBracketsBeforeTheFirstColon() {
        assertThat(LabeledFields.labeled("  Product(s) :  Acme ")).containsExactly("Product(s)", " Acme ");
        assertThat(LabeledFields.labeled("Last Modified:25-JUN-2000")).containsExactly("Last Modified", "25-JUN-2000");
        assertThat(LabeledFields.labeled("Operating System(s): ")).containsExactly("Operating System(s)", "");
        assertThat(LabeledFields.labeled("Article: Q1: with a colon")).containsExactly("Article", "Q1: with a colon");
        assertThat(LabeledFields.labeled("9 lives: a value")).isNull();
        assertThat(LabeledFields.labeled("no colon here")).isNull();
        assertThat(LabeledFields.labeled("Odd_label: x")).isNull();
        assertThat(LabeledFields.labeled(": no label")).isNull();
        assertThat(LabeledFields.labeled("Label: two\u2028lines")).isNull();
    }
}
