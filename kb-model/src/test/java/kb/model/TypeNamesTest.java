package kb.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeNamesTest {
    @Test
    void codesAreShownInWords() {
        assertThat(TypeNames.of("kbbug")).isEqualTo("Bug");
        assertThat(TypeNames.of("kbHowTo")).isEqualTo("How to");
        assertThat(TypeNames.of(" kbfix  kbpending ")).isEqualTo("Fix, Fix pending");
    }

    @Test
    void anUnknownCodeIsShownAsWrittenAndNothingIsNothing() {
        assertThat(TypeNames.of("kbhostintegserv2000")).isEqualTo("kbhostintegserv2000");
        assertThat(TypeNames.of("")).isEmpty();
    }
}
