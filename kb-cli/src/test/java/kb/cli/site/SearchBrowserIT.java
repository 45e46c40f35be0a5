package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.server.KbServer;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Searching from the site in headless Chromium, served by kb's own server: type, read, filter, follow. */
class SearchBrowserIT {
    private static KbServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        Path work = ProjectFiles.target("search-browser-it");
        Path site = work.resolve("site");
        SiteBuild.builder(ProjectFiles.content(), site).full(true).build().run();
        server = KbServer.start(site, SiteLayout.of(site).index(), 0);
        browser = Chromium.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void typeASymptomFilterByProductAndOpenTheArticle() throws Exception {
        browser.get(server.url() + "index.html");
        WebElement box = browser.findElement(By.id("q-home"));
        box.sendKeys("agent stops after upgrade", Keys.ENTER);

        waiting().until(d -> !d.findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("li.hit mark")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText()).endsWith("articles");
        Files.write(
                ProjectFiles.target("screenshots").resolve("search-results.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.linkText("Acme Sync Server")).click();
        waiting()
                .until(d -> d.getCurrentUrl().contains("product=acmesync")
                        && !d.findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("li.hit .meta")))
                .allMatch(m -> m.getText().startsWith("Acme Sync Server"));

        WebElement first = browser.findElement(By.cssSelector("li.hit h2 a"));
        String title = first.getText();
        first.click();
        waiting().until(d -> d.getCurrentUrl().contains("/kb/"));
        assertThat(title).contains(browser.findElement(By.cssSelector("h1 .id")).getText());
    }

    @Test
    void aFilterThatLeavesNothingOffersToSearchAllProducts() {
        browser.get(server.url() + "search/index.html?q=smsapm32+upgrade&product=acmevault");
        waiting().until(d -> !d.findElements(By.linkText("Search all products")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText())
                .startsWith("No articles match")
                .endsWith(" in Acme Vault.");
        browser.findElement(By.linkText("Search all products")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
        assertThat(browser.getCurrentUrl()).doesNotContain("product=");
    }

    @Test
    void keyboardAloneCanSearch() {
        browser.get(server.url() + "kb/256/Q256211/index.html");
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        browser.switchTo().activeElement().sendKeys("Smsapm32.exe", Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("ol.hits li.hit")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("li.hit h2 a")).getText()).startsWith("Q256211");
    }
}
