package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.Reference;
import org.junit.jupiter.api.Test;

/** Blocks and references in plain KB text. */
class BodyTest {

    private static Article parse(String body) {
        String text = "Q100: Title\n\nArticle: Q100\nLast Modified: 01-JAN-2000\n\nSYMPTOMS\n========\n\n" + body;
        ParseResult r = ArticleParser.create().parse("t.txt", text);
        assertThat(r.diagnostics()).isEmpty();
        return r.article().orElseThrow();
    }

    private static List<Block> blocks(String body) {
        return parse(body).sections().get(0).blocks();
    }

    @Test
    void wrappedProseIsReflowed() {
        assertThat(blocks("""
                When you print an Encapsulated PostScript (EPS) file, the file may fail to print
                or may be printed incorrectly.
                """))
                .containsExactly(new Block.Paragraph(
                        "When you print an Encapsulated PostScript (EPS) file, the file may fail to print or may be printed"
                                + " incorrectly."));
    }

    @Test
    void shortLinesKeepTheirBreaks() {
        assertThat(blocks("Name: value\nOther: thing\n"))
                .containsExactly(new Block.Preformatted("Name: value\nOther: thing"));
    }

    @Test
    void tablesAreKeptVerbatim() {
        assertThat(blocks("""
                Version   Date        Size
                1.0       01-01-95    12,345 bytes
                """))
                .containsExactly(
                        new Block.Preformatted("Version   Date        Size\n1.0       01-01-95    12,345 bytes"));
    }

    @Test
    void indentedTextIsDedentedAndKept() {
        assertThat(blocks("Run:\n\n   C:\\> setup /a\n   C:\\> setup /q\n"))
                .containsExactly(new Block.Paragraph("Run:"), new Block.Preformatted("C:\\> setup /a\nC:\\> setup /q"));
    }

    @Test
    void bulletsCarryTheTextIndentedUnderThem() {
        assertThat(blocks("""
                 - The PCM service is installed in the Ms\\Sms\\Bin
                   directory.

                   -and-

                 - The PCM service is set to start automatically.
                """))
                .containsExactly(new Block.BulletList(List.of(
                        new Block.ListItem(
                                "-",
                                List.of(
                                        new Block.Paragraph(
                                                "The PCM service is installed in the Ms\\Sms\\Bin" + " directory."),
                                        new Block.Preformatted("-and-"))),
                        new Block.ListItem(
                                "-", List.of(new Block.Paragraph("The PCM service is set to start automatically."))))));
    }

    @Test
    void numberedStepsKeepTheirNumbers() {
        Block steps = blocks("1. Stop the service.\n\n2. Start it.\n").get(0);
        assertThat(steps)
                .isEqualTo(new Block.NumberedList(List.of(
                        new Block.ListItem("1.", List.of(new Block.Paragraph("Stop the service."))),
                        new Block.ListItem("2.", List.of(new Block.Paragraph("Start it."))))));
    }

    @Test
    void dashUnderlinedLineIsASubheading() {
        assertThat(blocks("Program Listing\n---------------\n\nint x;\n"))
                .startsWith(new Block.Subheading("Program Listing"));
    }

    @Test
    void everyMentionCountsButNotFileNamesOrTheArticleItself() {
        Article a = parse("""
                See Q123456, and run Q244599a.exe or cmdQ147803. This is Q100.
                  Q85596BUG: SETCOLORTABLE Escape Disables Dithering
                  Q131339: STOP Msg: 0x0000000A
                """);
        assertThat(a.references())
                .containsExactly(
                        new Reference(ArticleId.archive(123456), "", "SYMPTOMS"),
                        new Reference(
                                ArticleId.archive(85596), "BUG: SETCOLORTABLE Escape Disables Dithering", "SYMPTOMS"),
                        new Reference(ArticleId.archive(131339), "STOP Msg: 0x0000000A", "SYMPTOMS"));
    }
}
