package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.build.SiteBuild;
import kb.render.site.SiteConfig;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the npm package, installed by the build into the module's {@code target/axe}) over each kind of page of the
 * sample site, at a desktop and a phone width, in the light and the dark scheme: no critical, serious or moderate
 * violation.
 */
class AccessibilityIT {
    /** Where the build installs axe-core: the module's target folder (the tests run in the module's folder). */
    private static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");

    private static final List<String> PAGES = List.of(
            "index.html",
            "kb/256/Q256211/index.html",
            "kb/322/Q322967/index.html",
            "kb/900/Q900108/index.html",
            "id/index.html",
            "id/sms/index.html",
            "year/2026/index.html",
            "keyword/index.html",
            "az/index.html",
            "missing/index.html",
            "search/index.html?q=agent+upgrade",
            "search/index.html?q=zzqqxx",
            "404.html");

    private static ServedSite served;
    private static WebDriver browser;
    private static String http;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isRegularFile(AXE), "axe-core is needed (the build installs it with npm into target/axe)");
        axe = Files.readString(AXE);
        Path work = ProjectFiles.target("accessibility-it");
        Path site = work.resolve("www");
        SiteBuild.builder(ProjectFiles.content(), site)
                .config(SiteConfig.defaults().withBaseUrl("https://example.com/kb/"))
                .full(true)
                .build()
                .run();
        served = ServedSite.start(site, work);
        http = served.url();
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noPageHasACriticalSeriousOrModerateViolation() {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            ((HasCdp) browser)
                    .executeCdpCommand(
                            "Emulation.setEmulatedMedia",
                            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : new int[] {1280, 390}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (String page : PAGES) {
                    browser.get(http + page);
                    if (page.startsWith("search/")) {
                        new WebDriverWait(browser, Duration.ofSeconds(15))
                                .until(d -> !d.findElements(By.cssSelector("#results p.summary"))
                                        .isEmpty());
                    }
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    js.executeScript(axe);
                    List<String> violations = (List<String>) js.executeAsyncScript("""
                            var done = arguments[arguments.length - 1];
                            axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
                              done(r.violations
                                .filter(function (v) { return v.impact !== "minor"; })
                                .map(function (v) {
                                  return v.id + " (" + v.impact + ", " + v.nodes.length + "): "
                                      + v.nodes.slice(0, 2).map(function (n) { return n.target.join(" "); }).join("; ");
                                }));
                            }, function (e) { done(["axe failed: " + e]); });
                            """);
                    violations.forEach(v -> found.add(page + " at " + width + " px, " + scheme + ": " + v));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
