package kb.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.IdScheme;
import kb.model.io.BinaryReader;
import kb.model.parse.ArticleParser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    private final CorpusReader reader = new CorpusReader(ArticleParser.create());

    private static String article(String id, String body) {
        return "Q" + id + ": Title " + id + "\n\nArticle: Q" + id + "\nProduct(s): Widget\n"
                + "Last Modified: 01-JAN-2000\n\nSYMPTOMS\n========\n\n" + body + "\n";
    }

    @Test
    void buildsTheReferenceGraphBothWays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article("1001", "See Q1002 and Q1003."));
        Files.writeString(dir.resolve("b.txt"), article("1002", "See Q1001."));
        Files.writeString(dir.resolve("c.txt"), article("1004", "See Q1003."));

        Corpus corpus = reader.readAll(dir, CorpusReader.Progress.NONE);

        assertThat(corpus.size()).isEqualTo(3);
        assertThat(corpus.cites(ArticleId.of("Q1001"))).containsExactly(ArticleId.of("Q1002"), ArticleId.of("Q1003"));
        assertThat(corpus.citedBy(ArticleId.of("Q1001"))).containsExactly(ArticleId.of("Q1002"));
        assertThat(corpus.dangling()).containsOnlyKeys(ArticleId.of("Q1003"));
        assertThat(corpus.dangling().get(ArticleId.of("Q1003")))
                .containsExactly(ArticleId.of("Q1001"), ArticleId.of("Q1004"));
        assertThat(corpus.resolvedReferences()).isEqualTo(2);
        assertThat(corpus.danglingReferences()).isEqualTo(2);
        assertThat(corpus.productCounts()).containsEntry("Widget", 3);
    }

    @Test
    void aTeamsIdsAreSavedAndAnotherPatternReadsEverythingAgain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article("1001", "See KB-0002."));
        Files.writeString(
                dir.resolve("b.md"), "---\nid: KB-0002\ntitle: Team article\n---\n## Symptoms\n\nSee Q1001.\n");
        Path saved = dir.resolveSibling(dir.getFileName() + ".state");
        CorpusReader.Result archive = reader.read(dir, Optional.empty(), CorpusReader.Progress.NONE);
        archive.state().write(saved);
        assertThat(archive.corpus().size()).isEqualTo(1);

        CorpusReader team = new CorpusReader(
                ArticleParser.builder().ids(IdScheme.of("KB-\\d{4}")).build());
        CorpusState before = ((BinaryReader.Result.Read<CorpusState>) CorpusState.read(saved)).value();
        CorpusReader.Result read = team.read(dir, Optional.of(before), CorpusReader.Progress.NONE);

        assertThat(read.parsed())
                .as("the pattern changed: every file is read again")
                .isEqualTo(2);
        assertThat(read.change().full()).isTrue();
        ArticleId kb2 = ArticleId.own("KB-0002").orElseThrow();
        assertThat(read.corpus().citedBy(kb2)).containsExactly(ArticleId.of("Q1001"));
        assertThat(read.corpus().summaries())
                .extracting(ArticleSummary::id)
                .containsExactly(ArticleId.of("Q1001"), kb2);
        read.state().write(saved);
        CorpusState again = ((BinaryReader.Result.Read<CorpusState>) CorpusState.read(saved)).value();
        assertThat(again).isEqualTo(read.state());
        assertThat(team.read(dir, Optional.of(again), CorpusReader.Progress.NONE)
                        .parsed())
                .isZero();
    }

    @Test
    void aFileLargerThanAnArticleMayBeIsLeftOutUnreadAndTheRestLoads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article("1001", "First."));
        Files.writeString(dir.resolve("b.txt"), article("1002", "Second."));
        Files.writeString(dir.resolve("dump.md"), "---\nid: Q1003\ntitle: A dump\n---\n\n" + "log line\n".repeat(400));
        CorpusReader small =
                new CorpusReader(ArticleParser.builder().maxBytes(2_000).build());

        Corpus corpus = small.readAll(dir, CorpusReader.Progress.NONE);

        assertThat(corpus.size()).isEqualTo(2);
        assertThat(corpus.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("dump.md: error: the file is 4 KB, more than the 2 KB an article may be; it is left"
                        + " out [KB007]");
        // The default limit, for a file handed to the parser whole.
        byte[] huge = new byte[(int) ArticleParser.MAX_BYTES + 1];
        assertThat(ArticleParser.create().parse("huge.md", huge).diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("huge.md: error: the file is 10.0 MB, more than the 10.0 MB an article may be; it is"
                        + " left out [KB007]");
    }

    @Test
    void duplicateIdKeepsTheFirstFileAndReportsTheSecond(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article("1001", "First."));
        Files.writeString(dir.resolve("b.txt"), article("1001", "Second."));

        Corpus corpus = reader.readAll(dir, CorpusReader.Progress.NONE);

        assertThat(corpus.size()).isEqualTo(1);
        assertThat(corpus.article(ArticleId.of("Q1001")).orElseThrow().source().path())
                .isEqualTo("a.txt");
        assertThat(corpus.duplicates())
                .singleElement()
                .satisfies(d -> assertThat(d.sources()).containsExactly("a.txt", "b.txt"));
        assertThat(corpus.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "b.txt:1: error: duplicate id Q1001: also in a.txt, which is kept; this file is skipped [KB040]");
    }

    @Test
    void oneBrokenFileNeverStopsTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article("1001", "Fine."));
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("c.txt"), "");
        Files.writeString(dir.resolve("logo.png"), "not read");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "not read either");

        Corpus corpus = reader.readAll(dir, CorpusReader.Progress.NONE);

        assertThat(corpus.size()).isEqualTo(1);
        assertThat(corpus.diagnostics()).extracting(Diagnostic::source).containsExactly("b.txt", "c.txt");
        assertThat(CorpusSummary.of(corpus).errors()).isEqualTo(2);
    }

    @Test
    void sourceFilesAreListedFromEveryFolderInPathOrderPassingOverHiddenOnes(@TempDir Path dir) throws IOException {
        for (String name : List.of(
                "b/2/Q2.TXT",
                "a/Q1.TXT",
                "top.txt",
                "b/Q3.TXT",
                "b/.draft/Q4.TXT",
                "a/.Q5.TXT",
                ".cache/Q6.TXT",
                "a/logo.png")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }

        List<SourceFile> files = SourceListing.of(dir).files();

        assertThat(files).extracting(SourceFile::name).containsExactly("a/Q1.TXT", "b/2/Q2.TXT", "b/Q3.TXT", "top.txt");
        assertThat(files).allSatisfy(f -> {
            assertThat(f.path()).isEqualTo(dir.resolve(f.name()));
            assertThat(f.size()).isEqualTo(1);
        });
    }

    @Test
    void contentFolderIsClean() throws IOException {
        Corpus corpus = reader.readAll(ProjectFiles.content(), CorpusReader.Progress.NONE);
        CorpusSummary summary = CorpusSummary.of(corpus);

        assertThat(corpus.diagnostics()).isEmpty();
        assertThat(summary.articles()).isGreaterThanOrEqualTo(12);
        assertThat(summary.sections().keySet())
                .containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(kb.model.SectionKind.OTHER)));
        // Jekyll and plain exports carry no product code; the raw seed teaches it.
        assertThat(corpus.article(ArticleId.of("Q256211")).orElseThrow().productCodes())
                .containsExactly("sms");
        assertThat(corpus.citedBy(ArticleId.of("Q256211"))).isNotEmpty();
        assertThat(corpus.citedBy(ArticleId.of("Q900101"))).isNotEmpty();
    }
}
