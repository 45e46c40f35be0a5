package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KbCommandTest {

    /** What one run of kb printed and returned. */
    record Run(int status, String out, String err) {}

    static Run kb(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Kb.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = Kb.execute(cl, args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void checkSummarizesTheContentFolder() {
        Run run = kb("check", ProjectFiles.content().toString());

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Articles     " + ProjectFiles.ARTICLES + " in ")
                .contains("Formats      MARKDOWN 8, JEKYLL 3")
                .contains("References   20 resolved, 8 dangling (7 ids not in ")
                .contains("Diagnostics  0 errors, 0 warnings, 0 notes");
    }

    @Test
    void checkJsonHasTheFiguresOtherToolsNeed() throws IOException {
        Run run = kb("check", "--json", ProjectFiles.content().toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("articles").asInt()).isEqualTo(ProjectFiles.ARTICLES);
        assertThat(json.get("errors").asInt()).isZero();
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("references").asInt()).isEqualTo(20);
        assertThat(json.get("danglingReferences").asInt()).isEqualTo(8);
        assertThat(json.get("formats").get("JEKYLL").asInt()).isEqualTo(3);
    }

    @Test
    void checkExitsOneAndNamesTheFileWhenThereAreErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Q1001: Fine\n\nArticle: Q1001\n\nSYMPTOMS\n========\n\nText.\n");
        Files.writeString(dir.resolve("bad.md"), "---\ntitle: no id\n---\n");

        Run run = kb("check", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains("bad.md:1: error: front matter has no 'id: Qnnn' field")
                .contains("Articles     1 in ")
                .contains("Diagnostics  1 error, 0 warnings, 0 notes");
    }

    @Test
    void showPrintsOneArticleAsJson() throws IOException {
        Run run = kb("show", "q256211", ProjectFiles.content().toString());

        assertThat(run.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("id").asText()).isEqualTo("Q256211");
        assertThat(json.get("productCodes").get(0).asText()).isEqualTo("sms");
        assertThat(json.get("sections").get(0).get("blocks").get(0).get("type").asText())
                .isEqualTo("paragraph");
    }

    @Test
    void showSaysWhenTheArticleIsMissing() {
        Run run = kb("show", "Q1", ProjectFiles.content().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Q1 is not in");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(kb("show", "not-an-id").status()).isEqualTo(2);
        assertThat(kb("check", "/no/such/folder").status()).isEqualTo(2);
        assertThat(kb("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void aBadArgumentSaysWhatIsWrongAndWhereToGetHelpWithoutTheWholeUsage() {
        Run run = kb("build", "--fulll");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("kb build: Unknown option: '--fulll'")
                .contains("--full")
                .contains("Try 'kb build --help' for more information.")
                .doesNotContain("Usage:");
    }

    @Test
    void helpListsEachCommandInWholeSentencesAndOptionalFoldersAsOptional() {
        String help = kb("--help").out().replaceAll("\\s+", " ");
        assertThat(help)
                .contains("then serves it on http://127.0.0.1:PORT/ (or --host) with search at /api/search.")
                .contains("every problem with its file and line.")
                .contains("without rendering pages.");
        assertThat(kb("show", "--help").out()).contains("ID [CONTENT]");
        assertThat(kb("export", "--help").out()).contains("[CONTENT]");
    }

    @Test
    void newStartsAnArticleWithTheNextIdThatReadsBackAndNeverOverwrites(@TempDir Path dir) throws IOException {
        ProjectFiles.copyContent(dir);
        String title = "Acme Vault: Restore Fails With \"Catalog Busy\"";

        Run first = kb("new", title, "--product", "acmevault", "--content", dir.toString());
        Run second = kb("new", title, "--content", dir.toString());

        assertThat(first.status()).isZero();
        Path file = Path.of(first.out().strip());
        assertThat(file).isEqualTo(dir.resolve("acme-vault-restore-fails-with-catalog-busy.md"));
        assertThat(Path.of(second.out().strip()))
                .isEqualTo(dir.resolve("acme-vault-restore-fails-with-catalog-busy-2.md"));
        assertThat(Files.readString(file))
                .contains("## Symptoms", "## Cause", "## Resolution", "products: \"Acme Vault\"");
        JsonNode shown = new ObjectMapper()
                .readTree(kb("show", "Q900109", dir.toString()).out());
        assertThat(shown.get("title").asText()).isEqualTo(title);
        assertThat(shown.get("productCodes").get(0).asText()).isEqualTo("acmevault");
        assertThat(new ObjectMapper()
                        .readTree(kb("show", "Q900110", dir.toString()).out())
                        .get("title")
                        .asText())
                .isEqualTo(title);
        assertThat(kb("check", dir.toString()).out())
                .contains("Articles     " + (ProjectFiles.ARTICLES + 2) + " in ", "0 errors, 0 warnings");
    }

    @Test
    void themeExportCopiesTheBuiltInThemeWhichBuildsTheSameSiteAndKeepsAUsersFile(@TempDir Path dir)
            throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(theme.resolve("static/kb.css"), "body { color: rebeccapurple; }");

        Run run = kb("theme", "export", theme.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("kept " + theme.resolve("static/kb.css")).contains("Wrote 12 files");
        assertThat(theme.resolve("templates/article.ftlh")).exists();
        assertThat(Files.readString(theme.resolve("static/kb.css"))).contains("rebeccapurple");
        Files.delete(theme.resolve("static/kb.css"));
        assertThat(kb("theme", "export", theme.toString()).out()).contains("Wrote 1 file ");

        String content = ProjectFiles.content().toString();
        Path plain = dir.resolve("plain");
        Path themed = dir.resolve("themed");
        assertThat(kb("build", content, "--out", plain.toString(), "--no-index").status())
                .isZero();
        assertThat(kb("build", content, "--out", themed.toString(), "--no-index", "--theme", theme.toString())
                        .status())
                .isZero();
        for (String page : List.of("index.html", "kb/256/Q256211/index.html", "static/kb.css", "search/index.html")) {
            assertThat(Files.readString(themed.resolve(page)))
                    .as(page)
                    .isEqualTo(Files.readString(plain.resolve(page)));
        }
    }

    @Test
    void indexAloneThenSearchAndEval(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Run index = kb("index", ProjectFiles.content().toString(), "--out", site.toString());
        assertThat(index.status()).isZero();
        assertThat(index.out()).startsWith("Indexed " + ProjectFiles.ARTICLES + " articles of ");

        Run search = kb("search", "--site", site.toString(), "--json", "Error 0x80070005: Access is denied");
        assertThat(search.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo("Q900101");
        assertThat(kb("search", "--site", site.toString(), "--product", "acmevault", "smsapm32")
                        .out())
                .startsWith("0 articles in Acme Vault");

        Path queries = dir.resolve("q.tsv");
        Files.writeString(queries, "Smsapm32.exe does not stop\tQ256211\nstaging share layout\tQ900103\n");
        JsonNode eval = new ObjectMapper()
                .readTree(kb("eval", queries.toString(), "--site", site.toString(), "--json")
                        .out());
        assertThat(eval.get("queries").asInt()).isEqualTo(2);
        assertThat(eval.get("mrr10").asDouble()).isEqualTo(1.0);
        assertThat(eval.get("recall10").asDouble()).isEqualTo(1.0);
    }

    @Test
    void searchWithoutAnIndexSaysHowToMakeIt(@TempDir Path dir) {
        Run run = kb("search", "--site", dir.resolve("none").toString(), "anything");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("kb build CONTENT --out");
    }

    @Test
    void exportWritesOneJsonLinePerArticle() throws IOException {
        Run run = kb("export", ProjectFiles.content().toString(), "--jsonl");

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(ProjectFiles.ARTICLES);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            assertThat(mapper.readTree(line).get("id").asText()).startsWith("Q");
        }
        assertThat(mapper.readTree(lines.get(0)).get("id").asText()).isEqualTo("Q168463");
    }
}
