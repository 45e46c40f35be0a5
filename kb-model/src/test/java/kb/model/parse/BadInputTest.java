package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kb.model.Article;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Broken input gives diagnostics with file and line, never an exception. */
class BadInputTest {
    private final ArticleParser parser = ArticleParser.create();

    @SuppressWarnings("StringConcatToTextBlock") // its lines end in CRLF, as the archive's do
    private static final String GOOD = "DOCUMENT:Q123456  01-JAN-2000  [sms]\r\n"
            + "TITLE   :A Title\r\n"
            + "PRODUCT :Product\r\n"
            + "PROD/VER:winnt:2.0\r\n"
            + "OPER/SYS:\r\n"
            + "KEYWORDS:kbone\r\n"
            + "\r\n"
            + "======================================================================\r\n"
            + "SYMPTOMS\r\n"
            + "========\r\n"
            + "\r\n"
            + "Text.\r\n";

    @Test
    void emptyFileIsAnError() {
        ParseResult r = parser.parse("empty.txt", new byte[0]);
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("empty.txt:1: error: not a KB article: the file is empty [KB004]");
    }

    @Test
    void anEmptyFileIsTheSameErrorInEveryFormatGiven() {
        for (SourceFormat f : SourceFormat.values()) {
            assertThat(ArticleParser.builder()
                            .format(f)
                            .build()
                            .parse("empty.txt", new byte[0])
                            .diagnostics())
                    .as(f.name())
                    .extracting(Diagnostic::toString)
                    .containsExactly("empty.txt:1: error: not a KB article: the file is empty [KB004]");
        }
    }

    @Test
    void manyWarningsNeverHideTheErrorThatLeftTheArticleOut() {
        String repeated = "note: again\n".repeat(300);
        ParseResult r = parser.parse("many.md", "---\ntitle: T\n" + repeated + "---\n\nText.\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NO_ID));
        assertThat(r.diagnostics())
                .last()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.MORE_NOT_SHOWN));
    }

    @Test
    void binaryFileIsAnError() {
        ParseResult r = parser.parse("logo.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("logo.bin:1:5: error: binary file (a NUL byte 0x00 here)");
        });
    }

    @Test
    void unknownFormatSaysWhatWasExpected() {
        ParseResult r = parser.parse("notes.txt", "just some notes\n");
        assertThat(r.diagnostics())
                .singleElement()
                .extracting(Diagnostic::toString)
                .isEqualTo(
                        "notes.txt:1: error: not a KB article: the first line is neither a DOCUMENT: header, a Qnnn: title"
                                + " nor front matter [KB004]");
    }

    @Test
    void documentLineWithoutIdIsAnErrorOnLineOne() {
        ParseResult r = parser.parse("noid.txt", GOOD.replace("Q123456", ""));
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics())
                .singleElement()
                .extracting(Diagnostic::toString)
                .isEqualTo("noid.txt:1: error: DOCUMENT: line has no article id [KB010]");
    }

    @Test
    void anIdTooLargeToBeOneIsTheSameErrorAtItsLineInEveryFormat() {
        String raw = GOOD.replace("Q123456", "Q2147483648");
        String plain = "Q21474836480: A Title\r\nArticle: 21474836480\r\nProduct(s): SMS\r\n\r\nSYMPTOMS\r\nText.\r\n";
        String jekyll =
                "---\nlayout: kb\ntitle: \"Q99999999999: A Title\"\n---\n\n## Q99999999999: A Title\n\n\tText.\n";
        String markdown = "---\nid: Q99999999999\ntitle: A Title\n---\n\n## Symptoms\n\nText.\n";
        for (String[] c : new String[][] {
            {"raw.txt", raw, "1"}, {"plain.txt", plain, "1"}, {"page.md", jekyll, "6"}, {"new.md", markdown, "2"}
        }) {
            ParseResult r = parser.parse(c[0], c[1]);
            assertThat(r.article()).as(c[0]).isEmpty();
            assertThat(r.diagnostics()).as(c[0]).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.NO_ID);
                assertThat(d.toString())
                        .startsWith(c[0] + ":" + c[2] + ": error: ")
                        .contains("not an article id: 'Q")
                        .doesNotContain("internal error");
            });
        }
    }

    @Test
    void truncatedHeaderStillGivesTheArticleWithWarnings() {
        ParseResult r = parser.parse("cut.txt", "DOCUMENT:Q123456  01-JAN-2000  [sms]\r\n");
        Article a = r.article().orElseThrow();
        assertThat(a.id().value()).isEqualTo("Q123456");
        assertThat(a.sections()).hasSize(1);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .contains(DiagnosticCode.TRUNCATED_HEADER, DiagnosticCode.NO_TITLE, DiagnosticCode.NO_BODY);
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void badDateIsAWarningAndTheWrittenTextIsKept() {
        ParseResult r = parser.parse("date.txt", GOOD.replace("01-JAN-2000", "31-FOO-2000"));
        assertThat(r.article().orElseThrow().modified().written()).isEqualTo("31-FOO-2000");
        assertThat(r.article().orElseThrow().modified().parsed()).isEmpty();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("date.txt:1: warning: DOCUMENT: date is not a date: '31-FOO-2000' [KB022]");
    }

    @Test
    void bytesUndefinedInWindows1252AreReadAsCodePage850WithAWarning() {
        byte[] bytes = (GOOD + "Empf\u00e4nger Xbermittelt\r\n").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 'X') {
                bytes[i] = (byte) 0x81;
            }
        }
        ParseResult r = parser.parse("de.txt", bytes);
        assertThat(r.article().orElseThrow().toString()).contains("Empf\u00e4nger \u00fcbermittelt");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "de.txt:13:11: warning: byte 0x81 is undefined in Windows-1252; read as '\u00fc' (code page 850) [KB003]");
    }

    @Test
    void markdownWithoutIdIsAnError() {
        ParseResult r = parser.parse("new.md", "---\ntitle: No id\n---\n\n## Symptoms\n\nText.\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "new.md:1: error: front matter has no 'id: Qnnn' field; the article is skipped [KB010]");
    }

    @Test
    void unclosedJekyllFrontMatterIsAnError() {
        ParseResult r = parser.parse("page.md", "---\nlayout: page\ntitle: x\n\n## Q1234: x\n");
        assertThat(r.article()).isEmpty();
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void diagnosticPrintsFileLineColumnSeverityAndCode() {
        assertThat(new Diagnostic("faq/0042.txt", 17, 3, DiagnosticCode.NO_BODY, "symptom without cause"))
                .hasToString("faq/0042.txt:17:3: warning: symptom without cause [KB012]");
        assertThat(List.of(Diagnostic.of("a.txt", DiagnosticCode.BINARY_FILE, "x")))
                .extracting(Diagnostic::toString)
                .containsExactly("a.txt: error: x [KB001]");
    }

    @Test
    void aLoneCarriageReturnEndsALineAsCrlfAndLfDo() {
        String lf = GOOD.replace("\r\n", "\n");
        Article fromLf = parser.parse("lf.txt", lf).article().orElseThrow();
        for (String end : new String[] {"\r", "\r\n"}) {
            ParseResult r = parser.parse("cr.txt", lf.replace("\n", end));
            assertThat(r.diagnostics())
                    .as("line ends %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .isEmpty();
            assertThat(r.article().orElseThrow().sameContentAs(fromLf)).isTrue();
        }
        // A warning's line counts lone carriage returns as line ends.
        ParseResult cut = parser.parse("cut.txt", "DOCUMENT:Q123456  31-FOO-2000  [sms]\rTITLE   :T\rCOLOUR  :blue\r");
        assertThat(cut.diagnostics())
                .extracting(Diagnostic::toString)
                .contains("cut.txt:3: warning: unknown header field COLOUR [KB023]");
    }

    @Test
    void longLinesOfSpacesInAHeaderOrACitationTakeTimeInProportion() {
        String spaces = " ".repeat(300_000);
        String plain = "Q900001: A title\n\nArticle: Q900001\nProduct(s): Acme\na" + spaces
                + "b\n\nSYMPTOMS\n========\n\n" + "Q123456 a" + spaces + "b\n";
        ParseResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> parser.parse("long.txt", plain));
        assertThat(r.article()).isPresent();
        assertThat(r.article().orElseThrow().productNames()).containsExactly("Acme");
    }

    @Test
    void jekyllFrontMatterValuesAreUnquotedAsYamlScalars() {
        for (String[] c : new String[][] {
            {"\"Q900001: Say \\\"hi\\\" \\\\ there\"", "Say \"hi\" \\ there"},
            {"'Q900001: It''s here'", "It's here"},
            {"Q900001: Plain: with colon", "Plain: with colon"},
            {"  \"Q900001: Spaces kept inside \"  ", "Spaces kept inside"}
        }) {
            String page = "---\nlayout: article\ntitle: " + c[0] + "\n---\n\n\tArticle: Q900001\n\tText.\n";
            ParseResult r =
                    ArticleParser.builder().format(SourceFormat.JEKYLL).build().parse("p.md", page);
            assertThat(r.article().orElseThrow().title()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.NO_JEKYLL_HEADING);
        }
    }

    @Test
    void frontMatterProblemsSayWhatAndWhere() {
        assertThat(parser.parse("a.md", "---\nid: Q900303\ntitle: T\ncolour: blue\n---\n\nText.\n")
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("a.md:4: warning: unknown front matter field 'colour' [KB030]");
        ParseResult quote = parser.parse("q.md", "---\nid: Q900304\ntitle: '\n---\n\nText.\n");
        assertThat(quote.article()).isEmpty();
        assertThat(quote.diagnostics())
                .singleElement()
                .asString()
                .startsWith("q.md:3:8: error: front matter is not valid YAML: ")
                .endsWith("[KB031]");
        ParseResult noHeading = ArticleParser.builder()
                .format(SourceFormat.JEKYLL)
                .build()
                .parse(
                        "j.md",
                        "---\nlayout: article\ntitle: \"Q256213: A title\"\n---\n\n\tArticle: Q256213\n\tText.\n");
        assertThat(noHeading.diagnostics())
                .extracting(Diagnostic::toString)
                .contains("j.md:1: warning: no '## Qnnn: title' heading; id and title from front matter [KB015]");
    }
}
