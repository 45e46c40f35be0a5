package kb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IdSchemeTest {
    private static final IdScheme TEAM = IdScheme.of("KB-\\d{4}");

    private static ArticleId own(String id) {
        return ArticleId.own(id).orElseThrow();
    }

    @Test
    void anArticleHasAQNumberOrAnIdOfThePattern() {
        assertThat(TEAM.parse("KB-1042")).contains(own("KB-1042"));
        assertThat(TEAM.parse(" q0256211 ")).contains(ArticleId.archive(256211));
        assertThat(TEAM.parse("KB-104")).isEmpty();
        assertThat(TEAM.parse("kb-1042")).isEmpty();
        assertThat(IdScheme.ARCHIVE.parse("KB-1042")).isEmpty();
        assertThat(TEAM.expected()).isEqualTo("Q and a number, or an id of the pattern 'KB-\\d{4}'");
    }

    @Test
    void anIdOfThePatternMustBeFitForAFolderName() {
        IdScheme loose = IdScheme.of("[A-Z]+[-./ ]\\d+");
        assertThat(loose.parse("KB-7")).contains(own("KB-7"));
        assertThat(loose.parse("KB/7")).isEmpty();
        assertThat(loose.parse("KB.7")).isEmpty();
        assertThat(loose.parse("KB 7")).isEmpty();
        // A number alone is an archive's folder (kb/010/): it is never a team's id.
        assertThat(ArticleId.own("010")).isEmpty();
        assertThat(ArticleId.own("Q10022")).isEmpty();
    }

    @Test
    void aPatternThatIsNoneIsRefusedWithWhy() {
        assertThatThrownBy(() -> IdScheme.of("KB-(\\d+")).hasMessageContaining("is not a regular expression");
        assertThatThrownBy(() -> IdScheme.of("(KB-\\d+)?")).hasMessageContaining("matches an empty id");
        assertThat(IdScheme.of("  ")).isSameAs(IdScheme.ARCHIVE);
    }

    @Test
    void mentionsStandOnTheirOwn() {
        String text = "See KB-0002 and Q256211, (KB-0003). Not KB-0004.exe, xKB-0005, KB-00061 or docs/KB-0007.";
        List<String> found = TEAM.mentions(text).stream()
                .map(m -> m.id().value() + "@" + text.substring(m.start(), m.end()))
                .toList();
        assertThat(found).containsExactly("KB-0002@KB-0002", "Q256211@Q256211", "KB-0003@KB-0003");
        assertThat(IdScheme.ARCHIVE.mentions(text))
                .extracting(m -> m.id().value())
                .containsExactly("Q256211");
        assertThat(IdScheme.of("^KB-\\d{4}$").mentions(text))
                .as("anchors around the pattern change nothing")
                .extracting(m -> m.id().value())
                .containsExactly("KB-0002", "Q256211", "KB-0003");
    }

    @Test
    void aLineThatStartsWithAnIdCitesIt() {
        assertThat(TEAM.citation("KB-1042: Sync stops at 99 percent"))
                .contains(new Mentions.Citation(own("KB-1042"), "Sync stops at 99 percent"));
        assertThat(TEAM.citation("- KB-1042 Sync stops")).contains(new Mentions.Citation(own("KB-1042"), "Sync stops"));
        assertThat(TEAM.citation("Q236325 How to Obtain"))
                .map(c -> c.id().value())
                .contains("Q236325");
        assertThat(TEAM.citation("See KB-1042")).isEmpty();
    }

    @Test
    void aLinkTargetNamesAnArticleByItsId() {
        assertThat(LinkTarget.of("KB-1042#cause", "guides/a.md", false, TEAM))
                .isEqualTo(new LinkTarget.Article(own("KB-1042"), "cause"));
        assertThat(LinkTarget.of("KB-1042", "guides/a.md", false, IdScheme.ARCHIVE))
                .isEqualTo(new LinkTarget.File("guides/KB-1042", ""));
        assertThat(LinkTarget.of("q900102", "a.md", false, IdScheme.ARCHIVE))
                .isEqualTo(new LinkTarget.Article(ArticleId.archive(900102), ""));
    }

    @Test
    void aNewArticleTakesTheNextId() {
        assertThat(TEAM.next(List.of())).contains(own("KB-0001"));
        assertThat(TEAM.next(List.of(ArticleId.archive(900100), own("KB-0009"), own("KB-0041"))))
                .contains(own("KB-0042"));
        assertThat(IdScheme.of("ACME\\d+").next(List.of())).contains(own("ACME1"));
        assertThat(IdScheme.ARCHIVE.next(List.of(ArticleId.archive(900100), ArticleId.archive(7))))
                .contains(ArticleId.archive(900101));
        // Nothing to start from: the pattern has no fixed start.
        assertThat(IdScheme.of("[A-Z]{2}-\\d+").next(List.of())).isEqualTo(Optional.empty());
        // The highest is the last: the next after it is not of the pattern, so the first free one is taken.
        assertThat(TEAM.next(List.of(own("KB-0001"), own("KB-9999")))).contains(own("KB-0002"));
    }

    @Test
    void idsSortArchiveNumbersFirstThenTheTeamsInNaturalOrder() {
        TreeSet<ArticleId> sorted = new TreeSet<>(List.of(
                own("KB-10"),
                own("KB-9"),
                ArticleId.archive(900100),
                own("ACME2"),
                ArticleId.archive(7),
                own("KB-09")));
        assertThat(sorted)
                .extracting(ArticleId::value)
                .containsExactly("Q7", "Q900100", "ACME2", "KB-09", "KB-9", "KB-10");
        assertThat(ArticleId.any("KB-9")).contains(own("KB-9"));
        assertThat(ArticleId.any("256211")).contains(ArticleId.archive(256211));
    }
}
