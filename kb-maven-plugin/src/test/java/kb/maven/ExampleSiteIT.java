package kb.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.eval.WebDriverSession;
import kb.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What Maven made of the example project (examples/maven-site) with {@code mvn kb:build kb:check site}, and of a
 * knowledge base with a broken article with {@code mvn kb:check}: both run by the invoker plugin before this test.
 */
class ExampleSiteIT {
    private static final Path TARGET = Path.of("target");
    private static final Path EXAMPLE = TARGET.resolve("it/examples/maven-site");
    private static final Path SOURCE = Path.of("../examples/maven-site");

    private static String read(Path file) throws IOException {
        assertThat(file).as("made by the example's build").isRegularFile();
        return Files.readString(file);
    }

    @Test
    void kbBuildMadeTheSiteAndKbCheckFoundNothingWrong() throws IOException {
        String page = read(EXAMPLE.resolve("target/kb/kb/900/Q900301/index.html"));
        assertThat(page)
                .contains("The Catalog Is Locked During the Nightly Job")
                .contains("Acme Backup Support")
                .contains("kb/900/Q900302/index.html");
        String log = read(EXAMPLE.resolve("build.log"));
        assertThat(log)
                .contains("kb: Built ")
                .contains("3 articles")
                .contains("kb: 3 articles in ")
                .contains("0 errors")
                .contains(", 0 broken")
                .contains("BUILD SUCCESS");
    }

    @Test
    void mvnSitePutsTheKnowledgeBaseInItsKbFolderWithAMenuEntry() throws IOException {
        Path site = EXAMPLE.resolve("target/site");
        String home = read(site.resolve("index.html"));
        assertThat(home).contains("href=\"kb/index.html\"").contains("Knowledge base");
        assertThat(read(site.resolve("project-reports.html")))
                .contains("kb/index.html")
                .contains("Knowledge base");
        String kb = read(site.resolve("kb/index.html"));
        assertThat(kb).contains("Acme Backup Support").contains("Restoring One File Takes Hours");
        assertThat(site.resolve("kb/kb/900/Q900303/index.html")).isRegularFile();
        // The knowledge base's own search, and the sitemap the project's URL makes possible.
        assertThat(site.resolve("kb/search/index.html")).isRegularFile();
        assertThat(read(site.resolve("kb/sitemap.xml"))).contains("https://docs.example.com/acme-backup/kb/");
        // What builds keep between runs stays out of the published site.
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.map(p -> site.relativize(p).toString())).noneMatch(p -> p.contains(".kb"));
        }
    }

    @Test
    void nothingIsWrittenOutsideTarget() throws IOException {
        assertThat(files(EXAMPLE)).isEqualTo(files(SOURCE));
    }

    /** A project's files outside target/, but for what the invoker itself writes there. */
    private static Set<String> files(Path project) throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("target/") && !p.equals("build.log"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aBrokenArticleFailsKbCheckWithItsFileAndLine() throws IOException {
        String log = read(TARGET.resolve("it/broken/broken-article/build.log"));
        assertThat(log)
                .containsPattern("\\[ERROR\\] src/kb/broken\\.md:\\d+(:\\d+)?: error: ")
                .contains("BUILD FAILURE");
        assertThat(log).doesNotContainPattern("good\\.md:\\d+");
    }

    @Test
    void theKnowledgeBaseSearchWorksInTheSitesKbFolder() throws IOException {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        Path kb = EXAMPLE.resolve("target/site/kb").toAbsolutePath();
        ChromeOptions options = new ChromeOptions()
                .setBinary(Browser.CHROMIUM.toFile())
                .addArguments(WebDriverSession.switches(Files.createTempDirectory(TARGET, "chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Browser.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(kb.resolve("search/index.html").toUri() + "?q=restore+takes+hours");
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(d ->
                            !d.findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
            List<String> hits = browser.findElements(By.cssSelector("ol.hits li.hit h2 a")).stream()
                    .map(e -> e.getText())
                    .toList();
            assertThat(hits.get(0)).startsWith("Q900303");
        } finally {
            browser.quit();
        }
    }
}
