package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kb.render.SiteWriter;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code kb serve} as an author uses it, in its own process on a copy of content/, with the page open in Chromium:
 * an edited article reloads the page with the change; broken front matter shows its file and line over the page;
 * fixed, the page comes back.
 */
class ServeReloadIT {
    private ServeProcess serve;
    private WebDriver browser;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.stop();
        }
    }

    @Test
    void anEditReloadsTheOpenPageAndAProblemShowsOverIt() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        Path work = ProjectFiles.target("serve-reload-it");
        SiteWriter.deleteTree(work.resolve("content"));
        SiteWriter.deleteTree(work.resolve("site"));
        SiteWriter.deleteTree(work.resolve(".site.kb"));
        Path content = ProjectFiles.copyContent(work.resolve("content"));
        Path article = content.resolve("acme-sync-access-denied.md");
        String original = Files.readString(article);

        // Run in the knowledge base's folder with its folders named relative to it, as an author types them.
        serve = ServeProcess.start(work, "content", "site");
        String base = serve.url();
        browser = Chromium.start(work);
        // The page reloads under the test: an element read just as it goes is stale, and read again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(base + "kb/900/Q900101/index.html");
        wait.until(d -> "listening".equals(d.findElement(By.tagName("html")).getAttribute("data-kb-live")));

        Files.writeString(article, original.replace("Agent Stops With Error", "Agent Halts With Error"));
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("Agent Halts With Error"));

        wait.until(d -> "listening".equals(d.findElement(By.tagName("html")).getAttribute("data-kb-live")));
        Files.writeString(
                article,
                original.replace(
                        "title: \"Acme Sync: Agent Stops", "title: \"Acme Sync: Agent".replace("\"", "'") + " Stops"));
        wait.until(d -> !d.findElements(By.id("kb-live-problems")).isEmpty());
        assertThat(browser.findElement(By.id("kb-live-problems")).getText())
                .contains("acme-sync-access-denied.md:3:8: error: front matter is not valid YAML");

        wait.until(d -> "listening".equals(d.findElement(By.tagName("html")).getAttribute("data-kb-live")));
        Files.writeString(article, original);
        wait.until(d -> d.findElements(By.id("kb-live-problems")).isEmpty()
                && d.findElement(By.tagName("h1")).getText().contains("Agent Stops With Error"));
        assertThat(browser.getCurrentUrl()).endsWith("/kb/900/Q900101/index.html");
    }
}
