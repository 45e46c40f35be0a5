package kb.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTest {
    private static UserQuery parse(String text) {
        return UserQuery.parse(text, 10_000);
    }

    @Test
    void phrasesExclusionsAndFilters() {
        UserQuery q = parse("agent \"staging share\" -acme product:SMS year:2001 stops");
        assertThat(q.phrases()).containsExactly("staging share");
        assertThat(q.excluded()).containsExactly("acme");
        assertThat(q.product()).isEqualTo("sms");
        assertThat(q.year()).isEqualTo("2001");
        assertThat(q.text()).contains("agent", "staging share", "stops").doesNotContain("acme", "product", "2001");
    }

    @Test
    void aWordWithInnerHyphensOrDotsCanBeExcluded() {
        assertThat(parse("sync fails -non-english -acme.sync").excluded()).containsExactly("non-english", "acme.sync");
    }

    @Test
    void minusSignsInPastedMessagesAreText() {
        for (String pasted : new String[] {
            "Jet Error -1003",
            "-1911 has occurred",
            "SQLCODE -104",
            "is not found -or- Object",
            "PING -l 65527 -s 1",
            "STOP: Cannot CreateNetLib - Startup -Error: - 2147221499"
        }) {
            UserQuery q = parse(pasted);
            assertThat(q.excluded()).as(pasted).isEmpty();
            assertThat(q.text()).as(pasted).isEqualTo(pasted);
        }
    }

    @Test
    void aLoneQuoteOrColonIsNothingSpecial() {
        assertThat(parse("\"unbalanced quote").text()).isEqualTo("unbalanced quote");
        assertThat(parse("a:b:c").text()).isEqualTo("a:b:c");
        assertThat(parse("-").excluded()).isEmpty();
    }
}
