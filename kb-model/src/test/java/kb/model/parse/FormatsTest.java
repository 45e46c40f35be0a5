package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.ProductVersion;
import kb.model.Reference;
import kb.model.SectionKind;
import kb.model.SourceFormat;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The fields of one seed per format, written out by hand. */
class FormatsTest {

    private static Article seed(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(ProjectFiles.content().resolve(name));
        ParseResult result = ArticleParser.create().parse(name, bytes);
        assertThat(result.diagnostics()).isEmpty();
        return result.article().orElseThrow();
    }

    @Test
    void rawKbTextGivesEveryHeaderAndFooterField() throws IOException {
        Article a = seed("001_a9901583c6a0cc7c.txt");

        assertThat(a.source().format()).isEqualTo(SourceFormat.RAW_KB);
        assertThat(a.id()).isEqualTo(ArticleId.archive(168463));
        assertThat(a.title()).isEqualTo("SMS: PCM Service Keeps Client Components From Getting Updated");
        assertThat(a.modified().written()).isEqualTo("30-JUL-2001");
        assertThat(a.modified().date()).isEqualTo(LocalDate.of(2001, 7, 30));
        assertThat(a.productCodes()).containsExactly("sms");
        assertThat(a.productNames()).containsExactly("Microsoft Systems Management Server");
        assertThat(a.versions().values()).containsExactly(new ProductVersion("winnt", "1.2"));
        assertThat(a.operatingSystems()).isEmpty();
        assertThat(a.keywords()).containsExactly("kbnetwork", "kbsetup", "kbPCM", "smssetup", "smspcm");
        assertThat(a.appliesTo()).containsExactly("Microsoft Systems Management Server version 1.2");
        assertThat(a.sections())
                .extracting(s -> s.kind())
                .containsExactly(
                        SectionKind.SYMPTOMS,
                        SectionKind.CAUSE,
                        SectionKind.WORKAROUND,
                        SectionKind.STATUS,
                        SectionKind.MORE_INFORMATION);
        assertThat(a.queryWords()).containsExactly("prodsms", "rservice", "sms");
        assertThat(a.footer().technology()).containsExactly("kbSMSSearch", "kbSMS120");
        assertThat(a.footer().version()).isEqualTo("winnt:1.2");
        assertThat(a.footer().issueType()).isEqualTo("kbbug");
        assertThat(a.footer().solutionType()).isEmpty();
        assertThat(a.references()).isEmpty();
    }

    @Test
    void rawKbTextKeepsLogLinesVerbatimAndDropsTheLegalNotice() throws IOException {
        Article a = seed("001_a9901583c6a0cc7c.txt");
        List<Block> more = a.section(SectionKind.MORE_INFORMATION).orElseThrow().blocks();

        assertThat(more).contains(new Block.Preformatted("""
                Reading configuration...
                Client executable active: pcmsvc32.exe
                Warning: Client component in use.
                Client component files will not be overwritten or removed.
                Verifying Microsoft Systems Management Server client installation."""));
        assertThat(a.toString()).doesNotContain("WITHOUT WARRANTY").doesNotContain("Copyright Microsoft");
    }

    @Test
    void jekyllPageReadsTheTabIndentedArticle() throws IOException {
        Article a = seed("000_7593c3c939d7d750.txt");

        assertThat(a.source().format()).isEqualTo(SourceFormat.JEKYLL);
        assertThat(a.id().value()).isEqualTo("Q256211");
        assertThat(a.title()).isEqualTo("SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded");
        assertThat(a.modified().date()).isEqualTo(LocalDate.of(2000, 6, 25));
        assertThat(a.versions().written()).isEqualTo("winnt:2.0");
        assertThat(a.sections())
                .extracting(s -> s.heading())
                .containsExactly("SYMPTOMS", "CAUSE", "RESOLUTION", "WORKAROUND", "STATUS", "MORE INFORMATION");
        assertThat(a.references())
                .containsExactly(new Reference(
                        ArticleId.archive(236325),
                        "How to Obtain the Latest Systems Management Server 2.0 Service Pack",
                        "RESOLUTION"));
        assertThat(a.queryWords()).containsExactly("prodsms", "kbSMS200sp2fix", "fail", "fails");
        assertThat(a.footer().solutionType()).isEqualTo("kbfix");
    }

    @Test
    void jekyllPageDropsLiquidRawMarkers() throws IOException {
        Article a = seed("003_bee168a1fabcb696.txt");

        assertThat(a.toString()).doesNotContain("{%");
        assertThat(a.versions().values()).containsExactly(new ProductVersion("", "2.0"));
        assertThat(a.footer().version()).isEqualTo(":2.0");
    }

    @Test
    void citedTitleWrappedOverTwoLinesIsJoined() throws IOException {
        Article a = seed("002_7c4424a2b5a3ba60.txt");

        assertThat(a.references())
                .contains(new Reference(
                        ArticleId.archive(238864),
                        "SMS: Windows 95/98 Clients Stop Responding or Become Unstable After SP1 Upgrade",
                        "MORE INFORMATION"));
        assertThat(a.sections().get(0).heading()).isEmpty();
        assertThat(a.sections().get(0).kind()).isEqualTo(SectionKind.OTHER);
    }

    @Test
    void plainExportTakesWholeKeywordsFromTheFooter() throws IOException {
        Article a = seed("004_ad42b96454717845.txt");

        assertThat(a.source().format()).isEqualTo(SourceFormat.PLAIN_EXPORT);
        assertThat(a.id().value()).isEqualTo("Q283130");
        assertThat(a.versions().values())
                .containsExactly(
                        new ProductVersion("", "2.0"),
                        new ProductVersion("", "2.0 SP1"),
                        new ProductVersion("", "2.0 SP2"));
        // The Keyword(s) line is cut at "kbS"; the footer has "kbSoftwareDist".
        assertThat(a.keywords()).endsWith("kbsmsUtil", "kbSoftwareDist").doesNotContain("kbS");
        assertThat(a.footer().solutionType()).isEqualTo("kbpending");
    }

    @Test
    void markdownArticleTakesFieldsFromFrontMatterAndSectionsFromHeadings() throws IOException {
        Article a = seed("acme-sync-access-denied.md");

        assertThat(a.source().format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(a.id().value()).isEqualTo("Q900101");
        assertThat(a.title()).isEqualTo("Acme Sync: Agent Stops With Error 0x80070005 After Upgrade");
        assertThat(a.modified().date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(a.productCodes()).containsExactly("acmesync");
        assertThat(a.versions().values()).extracting(ProductVersion::version).containsExactly("3.1", "3.2");
        assertThat(a.appliesTo()).containsExactly("Acme Sync Server 3.1", "Acme Sync Server 3.2");
        assertThat(a.sections())
                .extracting(s -> s.kind())
                .containsExactly(
                        SectionKind.SYMPTOMS,
                        SectionKind.CAUSE,
                        SectionKind.RESOLUTION,
                        SectionKind.WORKAROUND,
                        SectionKind.STATUS,
                        SectionKind.MORE_INFORMATION,
                        SectionKind.REFERENCES);
        assertThat(a.section(SectionKind.SYMPTOMS).orElseThrow().blocks().get(1))
                .isEqualTo(new Block.Code(
                        "", "Error 0x80070005: Access is denied. Could not open \\\\SYNC01\\Staging$\\agent.lck"));
        assertThat(a.section(SectionKind.WORKAROUND).orElseThrow().blocks().get(0))
                .isInstanceOf(Block.NumberedList.class);
        assertThat(a.references())
                .extracting(r -> r.target().value())
                .contains("Q900102", "Q900103", "Q900104", "Q256211");
    }
}
