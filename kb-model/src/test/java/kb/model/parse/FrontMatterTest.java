package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kb.model.Article;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Markdown front matter read as YAML: each case gives the right value, or a diagnostic at the field's line. */
class FrontMatterTest {
    private final ArticleParser parser = ArticleParser.create();

    private ParseResult parse(String front) {
        return parser.parse("a.md", "---\n" + front + "---\n\n## Symptoms\n\nText.\n");
    }

    private Article article(String front) {
        ParseResult r = parse(front);
        assertThat(r.article()).as("%s", r.diagnostics()).isPresent();
        return r.article().get();
    }

    private static List<String> problems(ParseResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void listsInFlowAndBlockStyle() {
        Article a = article("""
                id: Q900001
                title: T
                versions: [3.2, 3.3]
                keywords: [kbsync, kbupgrade]
                applies_to:
                  - Acme Sync Server 3.2, Standard Edition
                  - Acme Sync Server 3.3
                """);
        assertThat(a.versions().values()).extracting(ProductVersion::version).containsExactly("3.2", "3.3");
        assertThat(a.keywords()).containsExactly("kbsync", "kbupgrade");
        assertThat(a.appliesTo())
                .as("a list's items are kept whole, commas and all")
                .containsExactly("Acme Sync Server 3.2, Standard Edition", "Acme Sync Server 3.3");
    }

    @Test
    void valuesAreKeptAsWritten() {
        Article a = article("id: Q900001\ntitle: T\nversions: 3.10\nmodified: 2026-03-14\n");
        assertThat(a.versions().values()).extracting(ProductVersion::version).containsExactly("3.10");
        assertThat(a.modified().date()).hasToString("2026-03-14");
    }

    @Test
    void quotedAndMultiLineStrings() {
        Article a = article("""
                id: Q900001
                title: "Sync: \\"quoted\\" and: colons"
                products: 'Acme ''Sync'' Server'
                query_words: >
                  access denied
                  after upgrade
                """);
        assertThat(a.title()).isEqualTo("Sync: \"quoted\" and: colons");
        assertThat(a.productNames()).containsExactly("Acme 'Sync' Server");
        assertThat(a.queryWords()).containsExactly("access", "denied", "after", "upgrade");
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtItsLine() {
        ParseResult r = parse("id: Q900001\ntitle: \"Sync stops\nproduct: acme\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.BAD_FRONT_MATTER);
        assertThat(r.diagnostics().get(0).line())
                .as("the line the quote opens on")
                .isEqualTo(3);
        assertThat(r.diagnostics().get(0).message()).contains("not valid YAML");
    }

    @Test
    void frontMatterNeverClosedIsAnErrorNotAnEmptyPage() {
        ParseResult r = parser.parse("a.md", "---\nid: Q900001\ntitle: T\n\n## Symptoms\n\nText.\n");
        assertThat(r.article()).isEmpty();
        assertThat(problems(r))
                .containsExactly("a.md:1: error: front matter opened on line 1 is never closed with '---'; "
                        + "the article is skipped [KB014]");
    }

    @Test
    void unknownFieldsAndBadDatesAreWarningsAtTheirLines() {
        ParseResult r = parse("id: Q900001\ntitle: T\ncolour: blue\nmodified: yesterday\n");
        assertThat(r.article()).isPresent();
        assertThat(problems(r))
                .containsExactly(
                        "a.md:4: warning: unknown front matter field 'colour' [KB030]",
                        "a.md:5: warning: modified is not a date (use 2026-03-14 or 14-MAR-2026): 'yesterday' [KB022]");
    }

    @Test
    void aFieldGivenTwiceOrAsAMapIsAWarningAndTheRestIsRead() {
        ParseResult r = parse("id: Q900001\ntitle: First\ntitle: Second\nproducts:\n  name: Acme\n");
        assertThat(r.article().orElseThrow().title()).isEqualTo("Second");
        assertThat(r.article().orElseThrow().productNames()).isEmpty();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, 1, DiagnosticCode.BAD_FRONT_MATTER_FIELD),
                        org.assertj.core.groups.Tuple.tuple(5, 1, DiagnosticCode.BAD_FRONT_MATTER_FIELD));
    }

    @Test
    void notFieldsIsAnError() {
        ParseResult r = parse("- just\n- a list\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.BAD_FRONT_MATTER);
    }

    @Test
    void listsNestedThousandsDeepAreAnErrorNotACrash() {
        ParseResult r = parse("id: Q900001\ntitle: T\nkeywords: " + "[".repeat(50_000) + "\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("a.md:2: error: front matter nests lists or maps too deeply to be read; the article is"
                        + " skipped [KB031]");
    }

    @Test
    void aliasesCannotBlowUp() {
        StringBuilder bomb = new StringBuilder("id: Q900001\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'm'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            bomb.append(", *").append(p).append(", *").append(p).append("]\n");
        }
        ParseResult r = parse(bomb.toString());
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.BAD_FRONT_MATTER);
    }

    @Test
    void tagsAreReadAsTextAndRunNothing() {
        Article a = article("id: Q900001\ntitle: !!java.net.URL \"http://example.com\"\nproducts: !custom Acme\n");
        assertThat(a.title()).isEqualTo("http://example.com");
        assertThat(a.productNames()).containsExactly("Acme");
    }

    @Test
    void bodyLinesCountFromTheTopOfTheFile() {
        ParseResult r = parser.parse("a.md", """
                ---
                id: Q900001
                title: T
                ---

                ## Symptoms

                [run](javascript:alert(1))

                - see [it](vbscript:x) here

                > and ![this](javascript:y)
                """);
        // Each link at the column it starts at, inside a list item or a quote as well.
        assertThat(problems(r))
                .containsExactly(
                        "a.md:8:1: warning: link to 'javascript:alert(1)' is shown as text: "
                                + "a javascript: address is not made a link [KB051]",
                        "a.md:10:7: warning: link to 'vbscript:x' is shown as text: "
                                + "a vbscript: address is not made a link [KB051]",
                        "a.md:12:7: warning: image 'javascript:y' is shown as text: "
                                + "a javascript: address is not made a link [KB051]");
        assertThat(r.article().orElseThrow().sections().get(0).line()).isEqualTo(6);
    }

    @Test
    void authoringFields() {
        Article a = article("""
                id: Q900001
                title: T
                author: Pat Lee
                summary: In short.
                tags: [a, b]
                draft: true
                aliases: [/old/sync.html, help/sync/]
                """);
        assertThat(a.authoring())
                .isEqualTo(
                        new kb.model.Authoring("Pat Lee", "In short.", true, List.of("old/sync.html", "help/sync/")));
        assertThat(a.keywords()).containsExactly("a", "b");
        ParseResult maybe = parse("id: Q900001\ntitle: T\ndraft: maybe\n");
        assertThat(maybe.article().orElseThrow().authoring().draft()).isFalse();
        assertThat(problems(maybe))
                .containsExactly("a.md:4: warning: draft must be true or false, not 'maybe'; the article is published"
                        + " [KB032]");
        ParseResult badAliases = parse("id: Q900001\ntitle: T\naliases: [kb/256/x.html, ../up.html, https://x.org/]\n");
        assertThat(badAliases.article().orElseThrow().authoring().aliases()).isEmpty();
        assertThat(problems(badAliases))
                .containsExactly(
                        "a.md:4: warning: alias 'kb/256/x.html' is where kb's own pages are; it is left out [KB032]",
                        "a.md:4: warning: alias '../up.html' climbs out of the site; it is left out [KB032]",
                        "a.md:4: warning: alias 'https://x.org/' is not a path in the site; it is left out [KB032]");
    }
}
