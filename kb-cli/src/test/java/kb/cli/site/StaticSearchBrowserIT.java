package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kb.build.SiteBuild;
import kb.eval.StaticSearchProbe;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The published site's own search, with no kb server: opened from {@code file://} and from a plain static server under
 * a sub-path, in headless Chromium. The content is the sample articles, a series of similar ones (for paging) and one
 * whose title and symptoms are markup.
 */
class StaticSearchBrowserIT {
    private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> </script>";

    private static ServedSite served;
    private static WebDriver browser;
    private static Path site;
    private static String http;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        Path work = ProjectFiles.target("static-search-it");
        Path content = work.resolve("content");
        ProjectFiles.copyContent(content);
        for (int i = 1; i <= 15; i++) {
            Files.writeString(content.resolve("widget-" + i + ".md"), """
                    ---
                    id: Q9100%02d
                    title: "Widget Console Shows Error %d After Restart"
                    product: widgets
                    applies_to:
                      - Microsoft Windows NT Server version 4.0
                    modified: 2026-02-%02d
                    ---

                    ## Symptoms

                    After the widget service restarts, the console shows error %d and the widget list is empty.
                    """.formatted(i, i, i, i));
        }
        Files.writeString(content.resolve("hostile.md"), """
                ---
                id: Q910099
                title: 'Gadget fails %s'
                product: widgets
                modified: 2026-03-01
                ---

                ## Symptoms

                The gadget fails and shows %s in the log.
                """.formatted(HOSTILE.replace("'", "''"), HOSTILE));
        Files.writeString(content.resolve("gadget-panel.md"), """
                ---
                id: Q910098
                title: "Gadget Panel Won't Refresh After STOP 0x0000001E"
                product: widgets
                modified: 2026-03-02
                ---

                ## Symptoms

                The gadget panel doesn't refresh after the computer stops with STOP 0x0000001E.
                """);
        Files.writeString(content.resolve("gadget-fixes.md"), """
                ---
                id: Q910097
                title: "List of Gadget Fixes"
                product: widgets
                modified: 2026-03-03
                ---

                ## Symptoms

                This list names Q910098 (the panel), Q910098 again, and Q910098 once more.
                """);
        for (String[] a : List.of(
                new String[] {"Q910096", "Blue Screen When the Scanner Starts", "The computer stops with a STOP error."
                },
                new String[] {"Q910093", "Scanner Driver Does Not Load", "The scanner driver says no scanner is found."
                },
                new String[] {
                    "Q910095", "Printing Fails After a Password Change", "Printing fails after the password is changed."
                },
                new String[] {
                    "Q910094",
                    "Logon Fails After a Password Change",
                    "The logon is refused after the password is changed."
                },
                // One title says a message, the other article's symptoms quote it.
                new String[] {
                    "Q910089",
                    "Relay Host Not Found",
                    "When a scan is mailed to another domain, the relay host was not found."
                },
                // Both quote a message; one whole, the other within a longer one.
                new String[] {
                    "Q910087",
                    "Printing Stops with Error 7",
                    "The log shows \"Error 7: the spooler port is busy. Close the spooler port and print again.\""
                },
                new String[] {
                    "Q910086",
                    "Scans Wait After the Share Is Renamed",
                    "Scans wait; the log shows \"The spooler port is busy.\" and then \"Queue 4 of 9 is full: the scan"
                            + " is held for the next try.\""
                },
                new String[] {
                    "Q910088",
                    "Scans Stay in the Outbox After the Server Is Renamed",
                    "Scans stay in the outbox, and the log shows the message \"The relay host was not found.\""
                },
                // Both titles have the same words: the longer says them side by side, the shorter apart.
                new String[] {
                    "Q910085",
                    "Wrong Icons on a Slow Link in Windows Explorer",
                    "Explorer shows the default icon for each file."
                },
                new String[] {
                    "Q910084",
                    "Icons Are Wrong on a Link in Slow Explorer",
                    "Explorer shows the default icon for each file."
                },
                // Both quote a message whole: one in other capitals, under a title that fits the query better.
                new String[] {
                    "Q910083",
                    "Scans Are Held When the Queue Is Full",
                    "Scans are held, and the log shows \"The scan queue is full.\""
                },
                new String[] {
                    "Q910082",
                    "Scans Are Dropped After the Share Is Renamed",
                    "Scans are dropped, and the log shows \"The Scan Queue Is Full.\""
                })) {
            Files.writeString(content.resolve(a[0] + ".md"), """
                    ---
                    id: %s
                    title: "%s"
                    product: scanners
                    modified: 2026-03-04
                    ---

                    ## Symptoms

                    %s
                    """.formatted((Object[]) a));
        }
        // Siblings: the same problem on two systems; the words fit the Windows 95 one a little better. ("nt4" is
        // common: the widget articles apply to Windows NT too.)
        for (String[] a : List.of(
                new String[] {
                    "Q910091",
                    "winnt",
                    "Microsoft Windows NT Server version 4.0",
                    "Country Does Not Appear in Telephony Country Code List",
                    "When you create a phonebook entry, the country you want is missing."
                },
                new String[] {
                    "Q910092",
                    "win95x",
                    "Microsoft Windows 95",
                    "Country Codes Missing from a Dial-Up Connection",
                    "The country list of a dial-up connection is empty."
                },
                new String[] {
                    "Q910090",
                    "vbwin",
                    "Microsoft Visual Basic version 6.0",
                    "Dialer Control Shows an Empty Country List",
                    "On nt4, the dialer control shows an empty list."
                })) {
            Files.writeString(content.resolve(a[0] + ".md"), """
                    ---
                    id: %s
                    title: "%s"
                    product: %s
                    applies_to:
                      - %s
                    modified: 2026-03-04
                    ---

                    ## Symptoms

                    %s
                    """.formatted(a[0], a[3], a[1], a[2], a[4]));
        }
        Path www = work.resolve("www");
        site = www.resolve("kb");
        SiteBuild.builder(content, site).full(true).build().run();
        served = ServedSite.start(www, work);
        http = served.url() + "kb/";
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("ol.hits li.hit"));
    }

    private static void typeOnAnyPageAndFilter(String base) {
        browser.get(base + "kb/256/Q256211/index.html");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Smsapm32.exe does not stop");
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".suggest li[role=option]"))
                        .isEmpty());
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> !hits().isEmpty());
        assertThat(browser.getCurrentUrl()).contains("search/index.html?q=Smsapm32.exe");
        assertThat(browser.findElement(By.cssSelector("li.hit h2 a")).getText()).startsWith("Q256211");
        assertThat(browser.findElement(By.cssSelector("li.hit mark")).getText()).isNotBlank();

        // The 15 widget articles, and the 3 gadget ones: "widget" and "gadget" are words of the same meaning.
        browser.get(base + "search/index.html?q=widget");
        waiting().until(d -> hits().size() == 10);
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText()).isEqualTo("18 articles");
        browser.findElement(By.cssSelector("nav.pagination a[rel=next]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("page=2") && hits().size() == 8);

        browser.get(base + "search/index.html?q=restart+error");
        waiting().until(d -> !hits().isEmpty());
        browser.findElement(By.linkText("Acme Sync Server")).click();
        waiting().until(d -> d.getCurrentUrl().contains("product=acmesync") && !hits().isEmpty());
        assertThat(browser.findElements(By.cssSelector("li.hit .meta")))
                .allMatch(m -> m.getText().startsWith("Acme Sync Server"));

        WebElement first = browser.findElement(By.cssSelector("li.hit h2 a"));
        String id = first.getText().substring(0, first.getText().indexOf(':'));
        first.click();
        waiting().until(d -> d.getCurrentUrl().contains("/" + id + "/"));
        assertThat(browser.findElement(By.cssSelector("h1 .id")).getText()).isEqualTo(id);
    }

    @Test
    void searchFromFiles() {
        typeOnAnyPageAndFilter(site.toUri().toString());
    }

    @Test
    void searchFromAStaticServerUnderASubPath() {
        typeOnAnyPageAndFilter(http);
    }

    @Test
    void keyboardOpensAResultFromTheBoxOfAnyPage() {
        browser.get(http + "index.html");
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement box = browser.switchTo().activeElement();
        // The home page's one box: its own, in place of the header's.
        assertThat(box.getAttribute("id")).isEqualTo("q-home");
        box.sendKeys("Smsapm32.exe");
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".suggest li[role=option]"))
                        .isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.findElement(By.cssSelector(".suggest li[aria-selected=true]"))
                        .getText())
                .startsWith("Q256211");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/kb/256/Q256211/index.html"));
    }

    /** Opens the search page with a query, waits for its results, and answers what the page's API finds for it. */
    @SuppressWarnings("unchecked")
    private static List<String> searchPageAndApi(String q) {
        browser.get(http + "search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        waiting().until(d -> !d.findElements(By.cssSelector("p.summary")).isEmpty());
        return (List<String>) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " kbSearch.search(arguments[0], {}).then(function (r) {"
                                + " done(r.hits.map(function (h) { return h.id; })); });",
                        q);
    }

    @Test
    void wordsAreFoundHoweverTheirSpellingsAreWritten() {
        for (String q : List.of(
                "gadget panel wont refresh",
                "panel won't refresh",
                "panel doesnt refresh",
                "stop 0x1e",
                "STOP 0x0000001E")) {
            assertThat(searchPageAndApi(q)).as(q).first().isEqualTo("Q910098");
        }
    }

    @Test
    void wordsAreFoundWrittenJoinedOrApart() {
        // No article has "bluescreen": a title has "Blue Screen".
        assertThat(searchPageAndApi("bluescreen scanner")).first().isEqualTo("Q910096");
        // Without it, the driver article, which says "scanner" three times, is first.
        assertThat(searchPageAndApi("scanner")).first().isEqualTo("Q910093");
        // The user writes "log on", the article "logon"; without it, the printing article says "fails" twice.
        assertThat(searchPageAndApi("log on fails after password change"))
                .first()
                .isEqualTo("Q910094");
        assertThat(searchPageAndApi("fails after password change")).first().isEqualTo("Q910095");
    }

    @Test
    void aProductNamedFindsItsArticleBeforeASiblingAboutAnother() {
        assertThat(searchPageAndApi("nt4 dun country missing from country list"))
                .first()
                .isEqualTo("Q910091");
        // Without the product named, the words alone decide.
        assertThat(searchPageAndApi("dun country missing from country list"))
                .first()
                .isEqualTo("Q910092");
        // An article of another product that has the naming word counts in full: the Visual Basic one says nt4.
        assertThat(searchPageAndApi("nt4 control country code list")).first().isEqualTo("Q910090");
    }

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItBeforeOneWhoseTitleSaysIt() {
        assertThat(searchPageAndApi("The relay host was not found")).first().isEqualTo("Q910088");
        assertThat(searchPageAndApi("Relay Host Not Found")).first().isEqualTo("Q910089");
    }

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItWholeFirst() {
        assertThat(searchPageAndApi("The spooler port is busy.")).first().isEqualTo("Q910086");
        // Words that are no whole message: the words decide.
        assertThat(searchPageAndApi("spooler port busy")).first().isEqualTo("Q910087");
    }

    @Test
    void aPastedMessageFindsTheArticleThatQuotesItAsWrittenBeforeOneInOtherCapitals() {
        assertThat(searchPageAndApi("The Scan Queue Is Full.")).first().isEqualTo("Q910082");
        // Typed without capitals: the words decide.
        assertThat(searchPageAndApi("the scan queue is full")).first().isEqualTo("Q910083");
    }

    @Test
    void aTitleThatSaysTheUsersWordsTogetherComesBeforeOneThatHasThemApart() {
        assertThat(searchPageAndApi("wrong icons slow link explorer")).first().isEqualTo("Q910085");
        assertThat(searchPageAndApi("Icons Are Wrong on a Link in Slow Explorer"))
                .first()
                .isEqualTo("Q910084");
    }

    @Test
    void anArticlesIdFindsItAboveTheArticlesThatCiteIt() {
        for (String q : List.of("Q910098", "q910098")) {
            assertThat(searchPageAndApi(q)).as(q).first().isEqualTo("Q910098");
        }
    }

    @Test
    void theSearchPageShowsWhatThePageApiAnswers() {
        for (String q : List.of("widget console", "Smsapm32.exe", "access is denied", "agent upgrade", "restart")) {
            List<String> answer = searchPageAndApi(q);
            List<String> shown = hits().stream()
                    .map(h -> h.findElement(By.cssSelector("h2 a")).getText())
                    .map(t -> t.substring(0, t.indexOf(':')))
                    .toList();
            assertThat(shown).as(q).isNotEmpty().isEqualTo(answer);
        }
    }

    @Test
    void theEvalHarnessFindsWhatThePageFindsAndLoadsEveryFileAfresh() throws Exception {
        List<String> queries = List.of("widget console error", "Smsapm32.exe", "agent upgrade");
        try (StaticSearchProbe probe = StaticSearchProbe.start(site, Browser.CHROMIUM, Browser.DRIVER)) {
            for (String q : queries) {
                List<String> answer = searchPageAndApi(q);
                List<StaticSearchProbe.Search> first = probe.run(q, "restart");
                List<StaticSearchProbe.Search> again = probe.run(q, "restart");
                assertThat(first.getFirst().ids()).as(q).isNotEmpty().isEqualTo(answer);
                // A fresh page transfers the same files again: nothing comes from the browser's cache.
                assertThat(again.getFirst().bytes())
                        .as(q)
                        .isEqualTo(first.getFirst().bytes());
                assertThat(first.getFirst().bytes())
                        .as(q)
                        .isGreaterThan(again.get(1).bytes());
                assertThat(again.get(1).bytes()).as(q).isEqualTo(first.get(1).bytes());
                assertThat(first.getFirst().millis()).as(q).isPositive();
            }
        }
    }

    @Test
    void aMisspelledQueryOffersTheRightSpelling() {
        browser.get(http + "search/index.html?q=widgte+console");
        waiting().until(d -> !d.findElements(By.cssSelector("p.did-you-mean a")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.did-you-mean a")).getText())
                .isEqualTo("widget console");
        assertThat(hits()).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("li.hit mark")).getText()).isEqualToIgnoringCase("widget");
    }

    @Test
    void aFilterThatLeavesNothingOffersToSearchAllProducts() {
        browser.get(http + "search/index.html?q=widget+console&product=acmevault");
        waiting().until(d -> !d.findElements(By.linkText("Search all products")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText())
                .startsWith("No articles match")
                .endsWith(" in Acme Vault.");
        browser.findElement(By.linkText("Search all products")).click();
        waiting().until(d -> hits().size() == 10);
        assertThat(browser.getCurrentUrl()).doesNotContain("product=");
        assertThat(browser.findElements(By.cssSelector("nav.facet a")))
                .extracting(WebElement::getText)
                .contains("widgets");
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        browser.get(http + "search/index.html?q=gadget+fails");
        waiting().until(d -> !hits().isEmpty());
        WebElement hit = hits().get(0);
        assertThat(hit.findElement(By.cssSelector("h2 a")).getText()).contains("<script>alert(1)</script>");
        assertThat(hit.findElement(By.cssSelector(".snippet")).getText()).contains("alert(1)");
        assertThat(browser.findElements(By.cssSelector("#results script, #results img")))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageApiAnswersInItsDocumentedShape() {
        browser.get(http + "index.html");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        var s = document.createElement("script");
                        s.src = "search/kb-search.js";
                        s.onload = function () {
                          kbSearch.search("widget", {page: 2}).then(done, function (e) { done(String(e)); });
                        };
                        document.head.appendChild(s);
                        """);
        assertThat(answer).isInstanceOf(Map.class);
        Map<String, Object> r = (Map<String, Object>) answer;
        // The 15 widget articles and the 3 gadget ones (words of the same meaning).
        assertThat(r.get("total")).isEqualTo(18L);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) r.get("hits");
        assertThat(hits).hasSize(8);
        assertThat(hits.get(0)).containsKeys("id", "title", "url", "products", "productNames", "snippet");
        Map<String, Object> facets = (Map<String, Object>) r.get("facets");
        assertThat(facets.get("counted")).isEqualTo(18L);
        assertThat((List<Map<String, Object>>) facets.get("product"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("value", "widgets").containsEntry("count", 18L));
        assertThat((String) hits.get(0).get("url")).startsWith("kb/").endsWith("/");
        assertThat(r).containsKey("didYouMean");
    }

    @Test
    void aMissingOrTruncatedFileOfTheIndexSaysTheIndexIsIncomplete() throws IOException {
        for (boolean truncated : new boolean[] {false, true}) {
            Path broken = ProjectFiles.target("static-search-it").resolve(truncated ? "truncated" : "missing");
            ProjectFiles.copyTree(site, broken);
            try (Stream<Path> files = Files.list(broken.resolve("search/t"))) {
                for (Path f : files.toList()) {
                    if (truncated) {
                        byte[] b = Files.readAllBytes(f);
                        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
                    } else {
                        Files.delete(f);
                    }
                }
            }
            browser.get(broken.resolve("search/index.html").toUri() + "?q=widget");
            waiting()
                    .until(d ->
                            !d.findElements(By.cssSelector("#results .error")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("#results .error")).getText())
                    .contains("search index is incomplete");
        }
    }
}
