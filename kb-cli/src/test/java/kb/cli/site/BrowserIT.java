package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.build.SiteBuild;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The content/ site served over HTTP by a real server and read in headless Chromium, as a reader would: the article
 * page's title and sections, a cross-link followed, the product page, and screenshots under
 * {@code target/screenshots/}.
 */
class BrowserIT {
    private static ServedSite served;
    private static WebDriver browser;
    private static String base;
    private static Path shots;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        Path work = ProjectFiles.target("browser-it");
        Path site = work.resolve("site");
        SiteBuild.builder(ProjectFiles.content(), site)
                .full(true)
                .index(false)
                .build()
                .run();
        served = ServedSite.start(site, work);
        base = served.url();
        shots = ProjectFiles.target("screenshots");
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(name + ".png"), png);
    }

    @Test
    void readerSeesTheArticleWithItsSections() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "kb/256/Q256211/index.html");

        assertThat(browser.getTitle()).startsWith("Q256211: SMS: Smsapm32.exe Does Not Stop");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Q256211 SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded");
        assertThat(browser.findElements(By.cssSelector("article section h2")).stream()
                        .map(WebElement::getText))
                .contains("Applies to", "SYMPTOMS", "CAUSE", "RESOLUTION", "WORKAROUND", "STATUS", "MORE INFORMATION");
        WebElement missing = browser.findElement(By.cssSelector(".kb-ref.missing"));
        assertThat(missing.getText()).contains("Q236325");
        screenshot("article-Q256211");
    }

    @Test
    void crossLinkLeadsToTheCitedArticle() throws IOException {
        browser.get(base + "kb/900/Q900101/index.html");
        WebElement link = browser.findElements(By.cssSelector("a.kb-ref")).stream()
                .filter(a -> a.getText().equals("Q256211"))
                .findFirst()
                .orElseThrow();

        link.click();

        assertThat(browser.getCurrentUrl()).endsWith("/kb/256/Q256211/index.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Smsapm32.exe");
        assertThat(browser.findElements(By.cssSelector("section.backlinks a")).stream()
                        .map(WebElement::getText))
                .contains("Q900101: Acme Sync: Agent Stops With Error 0x80070005 After Upgrade");
    }

    @Test
    void aMarkdownArticleShowsItsMarkupImageAndLinks() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "kb/900/Q900108/index.html");
        JavascriptExecutor js = (JavascriptExecutor) browser;

        WebElement image = browser.findElement(By.cssSelector("article img"));
        assertThat((Long) js.executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image))
                .as("the image beside the article is published and loads")
                .isEqualTo(480L);
        assertThat(browser.findElement(By.cssSelector("article blockquote code"))
                        .getText())
                .startsWith("Conflict: ");
        assertThat(browser.findElements(By.cssSelector("article table th")).stream()
                        .map(WebElement::getText))
                .containsExactly("Policy", "What the server keeps", "Default");
        assertThat(browser.findElement(By.cssSelector("article th.align-center"))
                        .getCssValue("text-align"))
                .isEqualTo("center");
        assertThat(browser.findElement(By.cssSelector("article pre code.language-powershell"))
                        .getText())
                .contains("Set-AcmeSyncServer -ConflictPolicy newest");
        assertThat(browser.findElements(By.cssSelector("article input[type=checkbox]")).stream()
                        .map(WebElement::isSelected))
                .containsExactly(true, false);
        assertThat(browser.findElement(By.cssSelector("article del")).getText()).isEqualTo("both versions");
        assertThat(browser.findElement(By.cssSelector("article em")).getText()).isEqualTo("both");
        screenshot("article-Q900108-markdown");

        browser.findElement(By.linkText("Description of the Staging Share")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/kb/900/Q900103/index.html#more-information");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Description of the Staging Share");
        browser.navigate().back();
        browser.findElement(By.linkText("How to Reset the Acme Sync Agent Service Account"))
                .click();
        assertThat(browser.getCurrentUrl()).endsWith("/kb/900/Q900102/index.html");
    }

    @Test
    void productPageListsItsArticles() throws IOException {
        browser.get(base + "id/sms/index.html");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Microsoft Systems Management Server");
        assertThat(browser.findElements(By.cssSelector("ul.entries li"))).hasSize(5);
        screenshot("product-sms");
        browser.findElement(By.linkText("SMS: PCM Service Keeps Client Components From Getting Updated"))
                .click();
        assertThat(browser.getCurrentUrl()).endsWith("/kb/168/Q168463/index.html");
    }

    @Test
    void pagesFitAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "kb/322/Q322967/index.html");
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Long clientWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth;");
        screenshot("article-Q322967-phone");
        assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void homePageOffersSearchAndProducts() throws IOException {
        browser.get(base + "index.html");

        assertThat(browser.findElements(By.cssSelector("form[role=search] input[name=q]")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("ul.products a")).stream()
                        .map(WebElement::getText))
                .contains("Microsoft Systems Management Server", "Acme Sync Server", "Acme Vault");
        screenshot("home");
    }
}
