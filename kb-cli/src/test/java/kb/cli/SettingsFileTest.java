package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.cli.config.ConfigDefaults;
import kb.render.site.SiteConfig;
import kb.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kb.yaml: kb build, kb serve and kb check take the same settings from it, and an option given still wins. */
class SettingsFileTest {
    private static Path project(Path dir) throws IOException {
        ProjectFiles.copyContent(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("look/templates"));
        Files.createDirectories(dir.resolve("look/static"));
        Files.writeString(dir.resolve("look/static/extra.css"), "h1 { color: teal; }");
        return Files.writeString(dir.resolve("kb.yaml"), """
                title: Acme Support
                base_url: https://support.example.com/kb/
                language: de-CH
                content: articles
                output: public
                theme: look
                related: 2
                products:
                  acmevault: Acme Vault Backup
                  sms: Systems Management Server
                serve:
                  port: 0
                  host: 127.0.0.1
                """);
    }

    @Test
    void buildTakesEverySettingAndResolvesPathsFromTheFilesFolder(@TempDir Path dir) throws IOException {
        Path settings = project(dir);

        KbCommandTest.Run run = KbCommandTest.kb("build", "--config", settings.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Path site = dir.resolve("public");
        assertThat(run.out()).contains("Built " + site + " from " + dir.resolve("articles"));
        assertThat(run.err()).doesNotContain("no --base-url");
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(home.title()).endsWith("Acme Support");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("de-CH");
        assertThat(home.select("ul.products a").eachText())
                .as("the products kb.yaml names come first, in its order, with its names")
                .startsWith("Acme Vault Backup", "Systems Management Server");
        assertThat(site.resolve("static/extra.css")).exists();
        assertThat(site.resolve("sitemap.xml")).content().contains("https://support.example.com/kb/");
        Document article = Jsoup.parse(site.resolve("kb/900/Q900106/index.html").toFile());
        assertThat(article.select(".related li")).hasSizeLessThanOrEqualTo(2).isNotEmpty();
        assertThat(article.select(".breadcrumb a").eachText()).contains("Acme Vault Backup");
        assertThat(KbCommandTest.kb("search", "vault catalog", "--site", site.toString())
                        .out())
                .as("the search shows the names the site shows")
                .contains("Acme Vault Backup");

        Files.writeString(settings, Files.readString(settings).replace("Acme Vault Backup", "Vault Pro"));
        KbCommandTest.Run again = KbCommandTest.kb("build", "--config", settings.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(KbCommandTest.kb("search", "vault catalog", "--site", site.toString())
                        .out())
                .contains("Vault Pro")
                .doesNotContain("Acme Vault Backup");
    }

    @Test
    void serveBuildsTheSameSiteAsBuild(@TempDir Path dir) throws Exception {
        Path settings = project(dir);
        String[] args = {"serve", "--config", settings.toString()};
        CommandLine cl = Kb.commandLine();
        cl.setDefaultValueProvider(ConfigDefaults.forArguments(args));

        CommandLine.ParseResult parsed = cl.parseArgs(args);
        CommandLine serveLine = parsed.subcommand().commandSpec().commandLine();
        ServeCommand serve = serveLine.getCommand();
        SiteConfig config = serve.look.config(serveLine);

        assertThat(config.title()).isEqualTo("Acme Support");
        assertThat(config.baseUrl()).isEqualTo("https://support.example.com/kb/");
        assertThat(config.theme()).contains(dir.resolve("look"));
        assertThat(config.language()).isEqualTo("de-CH");
        assertThat(config.relatedSize()).isEqualTo(2);
        assertThat(serve.site.content).isEqualTo(dir.resolve("articles"));
        assertThat(serve.site.out).isEqualTo(dir.resolve("public"));
        assertThat(serve.port).isZero();
    }

    @Test
    void theLargestArticleIsASettingThatCheckAndBuildFollow(@TempDir Path dir) throws IOException {
        Path content = ProjectFiles.copyContent(dir.resolve("content"));
        Files.writeString(
                content.resolve("log.md"),
                "---\nid: Q999001\ntitle: A pasted log\n---\n\n## Symptoms\n\n" + "a line of a log\n".repeat(80_000));
        Path settings = Files.writeString(dir.resolve("kb.yaml"), "content: content\nmax_article_mb: 1\n");

        KbCommandTest.Run check = KbCommandTest.kb("check", content.toString(), "--config", settings.toString());
        assertThat(check.out())
                .contains("log.md: error: the file is 1.2 MB, more than the 1.0 MB an article may be; it is left out"
                        + " [KB007]")
                .contains("Articles     " + ProjectFiles.ARTICLES + " in");
        KbCommandTest.Run build = KbCommandTest.kb(
                "build", content.toString(), "--out", dir.resolve("site").toString(), "--config", settings.toString());
        assertThat(build.out())
                .contains("log.md: error: the file is 1.2 MB")
                .contains(ProjectFiles.ARTICLES + " articles");

        Files.writeString(settings, "content: content\nmax_article_mb: lots\n");
        KbCommandTest.Run bad = KbCommandTest.kb("check", content.toString(), "--config", settings.toString());
        assertThat(bad.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("kb.yaml:2: ").contains("'max_article_mb'");
    }

    @Test
    void anOptionGivenWinsOverTheFile(@TempDir Path dir) throws IOException {
        Path settings = project(dir);
        Path elsewhere = dir.resolve("elsewhere");

        KbCommandTest.Run run = KbCommandTest.kb(
                "build", "--config", settings.toString(), "--title", "Other", "--out", elsewhere.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Jsoup.parse(elsewhere.resolve("index.html").toFile()).title())
                .endsWith("Other");
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void checkReadsTheContentTheFileNames(@TempDir Path dir) throws IOException {
        Path settings = project(dir);

        KbCommandTest.Run run = KbCommandTest.kb("check", "--config", settings.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Articles     " + ProjectFiles.ARTICLES + " in " + dir.resolve("articles"));
    }

    @Test
    void aSettingsFileWithAMistakeSaysWhereAndNothingRuns(@TempDir Path dir) throws IOException {
        Path settings =
                Files.writeString(dir.resolve("kb.yaml"), "title: Acme\nbase_url: https://x.example/\ntitel: Typo\n");

        KbCommandTest.Run run = KbCommandTest.kb("build", "--config", settings.toString());

        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("kb: " + settings + ":3: unknown setting 'titel' (kb.yaml takes base_url, ");
        assertThat(KbCommandTest.kb(
                                "build", "--config", dir.resolve("missing.yaml").toString())
                        .err())
                .contains("missing.yaml: no such settings file");
        Files.writeString(settings, "title: [unclosed\n");
        assertThat(KbCommandTest.kb("check", "--config", settings.toString()).err())
                .startsWith("kb: " + settings + ":2: not valid YAML: ");
    }

    @Test
    void initStartsAKnowledgeBaseThatBuildsAndKeepsWhatIsThere(@TempDir Path dir) throws IOException {
        Path kb = dir.resolve("support");

        KbCommandTest.Run first = KbCommandTest.kb("init", kb.toString(), "--title", "Acme \"Help\"");

        assertThat(first.status()).isZero();
        assertThat(kb.resolve("kb.yaml")).content().contains("title: \"Acme \\\"Help\\\"\"");
        assertThat(kb.resolve("theme/README.md")).content().contains("kb theme export theme");
        Path settings = kb.resolve("kb.yaml");
        KbCommandTest.Run check = KbCommandTest.kb("check", "--config", settings.toString());
        assertThat(check.out()).contains("Articles     2 in ", "0 errors, 0 warnings");
        KbCommandTest.Run build = KbCommandTest.kb("build", "--config", settings.toString());
        assertThat(build.status()).as(build.err()).isZero();
        Document first1 =
                Jsoup.parse(kb.resolve("site/kb/100/Q100001/index.html").toFile());
        assertThat(first1.title()).endsWith("Acme \"Help\"");
        assertThat(first1.select("a:contains(the example of a problem)").attr("href"))
                .isEqualTo("../../../kb/100/Q100002/index.html");
        Document second =
                Jsoup.parse(kb.resolve("site/kb/100/Q100002/index.html").toFile());
        assertThat(second.select(".backlinks a").eachText())
                .as("a link to an article's file cites it")
                .containsExactly("Q100001: How to Write an Article for This Knowledge Base");

        Files.writeString(kb.resolve("content/how-to-write-an-article.md"), "mine");
        KbCommandTest.Run again = KbCommandTest.kb("init", kb.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Kept  " + kb.resolve("kb.yaml"));
        assertThat(kb.resolve("content/how-to-write-an-article.md")).content().isEqualTo("mine");
    }

    @Test
    void aTeamsOwnIdsComeFromTheFile(@TempDir Path dir) throws IOException {
        Path kb = dir.resolve("support");
        KbCommandTest.kb("init", kb.toString());
        Path settings = kb.resolve("kb.yaml");
        Files.writeString(settings, Files.readString(settings) + "ids: KB-\\d{4}\n");

        KbCommandTest.Run sync =
                KbCommandTest.kb("new", "--config", settings.toString(), "Sync stops", "--product", "acmesync");
        KbCommandTest.Run vault = KbCommandTest.kb("new", "--config", settings.toString(), "Vault refuses the key");
        KbCommandTest.Run taken = KbCommandTest.kb("new", "--config", settings.toString(), "Again", "--id", "KB-0002");
        KbCommandTest.Run wrong = KbCommandTest.kb("new", "--config", settings.toString(), "Again", "--id", "KB-2");

        assertThat(sync.status()).as(sync.err()).isZero();
        Path syncFile = Path.of(sync.out().strip());
        assertThat(syncFile).content().contains("id: KB-0001\n");
        assertThat(Path.of(vault.out().strip())).content().contains("id: KB-0002\n");
        assertThat(taken.err()).contains("the id KB-0002 is taken");
        assertThat(wrong.err()).contains("not an article id: 'KB-2' (ids are Q and a number, or an id of the pattern");
        Files.writeString(syncFile, Files.readString(syncFile) + "See KB-0002.\n");
        KbCommandTest.Run build = KbCommandTest.kb("build", "--config", settings.toString());
        assertThat(build.status()).as(build.err()).isZero();
        Document page = Jsoup.parse(kb.resolve("site/kb/KB-0001/index.html").toFile());
        assertThat(page.select("a.kb-ref").eachAttr("href")).contains("../../kb/KB-0002/index.html");
        assertThat(KbCommandTest.kb("show", "--config", settings.toString(), "KB-0002")
                        .out())
                .contains("\"id\" : \"KB-0002\"");

        Files.writeString(settings, Files.readString(settings).replace("ids: KB-\\d{4}", "ids: KB-(\\d"));
        KbCommandTest.Run bad = KbCommandTest.kb("check", "--config", settings.toString());
        assertThat(bad.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains(settings + ":", "the id pattern 'KB-(\\d' is not a regular expression");
    }
}
