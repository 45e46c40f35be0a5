package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.ControlCharacters;
import kb.model.build.SiteLayout;
import kb.render.site.SiteConfig;
import kb.server.KbServer;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Content written to attack the site, in each of the four formats: markup and script, event handlers, {@code
 * javascript:} links, template syntax, control characters, {@code ../} and dot names in ids, products and keywords, a
 * 300,000-character word, and lines of 300,000 spaces or brackets. The whole site is built to real files, and every
 * output is read with a real parser: HTML with jsoup's HTML5 tree builder (no parse errors), feed and sitemap with the
 * JDK's XML parser, JSON with Jackson. Nothing of a payload may be live anywhere; the search pages, on kb's server and
 * on a static host, show each payload as text in headless Chromium. Every payload that would run sets {@code
 * window.kbPwned}.
 */
class HostileContentIT {
    private static final List<String> PAYLOADS = List.of(
            "<script>window.kbPwned=1</script>",
            "\"><img src=x onerror=\"window.kbPwned=2\">",
            "'><svg onload=window.kbPwned=3>",
            "</textarea></pre></script><iframe srcdoc=\"<script>parent.kbPwned=4</script>\">",
            "${7*7} [#assign kbpwned=5]${kbpwned} <#if true>ftl</#if> {{7*7}} {% raw %}",
            "\u001B]0;owned\u0007 \u001B[2J \u007F \u0016\u001D \uFFFE");

    private static final String ALL = String.join(" ", PAYLOADS);
    private static final String LONG_WORD = "x".repeat(300_000);
    /** Runs a careless pattern could try every way of splitting. */
    private static final String LONG_SPACES = " ".repeat(300_000);

    private static final String LONG_BRACKETS = "(".repeat(300_000);

    private static Path work;
    private static Path site;
    private static BuildReport report;
    private static Set<String> workBefore;

    @BeforeAll
    static void build() throws Exception {
        work = ProjectFiles.target("hostile-content-it");
        Path content = work.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("raw.txt"), """
                DOCUMENT:Q900801  30-JUL-2001  [../../up]
                TITLE   :Raw Agent Fails %s
                PRODUCT :Acme %s
                PROD/VER:winnt:1.2
                OPER/SYS:
                KEYWORDS:../../etc .hidden kbpwn javascript:alert(1)

                ======================================================================
                SYMPTOMS
                ========

                The raw agent fails: %s
                See javascript:window.kbPwned=6 and Q900802 for more.
                """.formatted(ALL, PAYLOADS.get(1), ALL), StandardCharsets.UTF_8);
        Files.writeString(
                content.resolve("jekyll.txt"),
                """
                ---
                layout: page
                title: "Q900802: Jekyll Agent Fails"
                permalink: ../../../kb/900/Q900802/
                ---

                ## Q900802: Jekyll Agent Fails %s

                	Article: Q900802
                	Product(s): ../../Acme %s
                	Version(s): winnt:2.0
                	Operating System(s): .hidden
                	Keyword(s): ../../etc .dot kbpwn
                	Last Modified: 25-JUN-2000

                	SYMPTOMS
                	========

                	The Jekyll agent fails: %s
                """.formatted(ALL.replace("\n", " "), PAYLOADS.get(2), ALL),
                StandardCharsets.UTF_8);
        Files.writeString(
                content.resolve("plain.txt"),
                """
                Q900803: Plain Agent Fails %s

                Article: Q900803
                Product(s): Acme %s
                Version(s): 2.0
                Operating System(s):
                Keyword(s): ../../etc .dot kbpwn
                Last Modified: 17-FEB-2001

                The information in this article applies to:

                 - Microsoft Word 97 %s
                 - Microsoft Word 97%sx

                SYMPTOMS
                ========

                The plain agent fails: %s
                %s
                Q123456 a%sb
                """.formatted(ALL, PAYLOADS.get(0), LONG_BRACKETS, LONG_SPACES, ALL, LONG_WORD, LONG_SPACES),
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("markdown.md"), """
                ---
                id: Q900804
                title: "Markdown Agent Fails \\e]0;owned\\a <script>window.kbPwned=1</script> ${7*7}"
                product: ../../../tmp/pwn
                products: ["'><svg onload=window.kbPwned=3>", .NET]
                keywords: [../../etc, .hidden, "<b>kbpwn</b>"]
                modified: 2026-03-01
                ---

                ## Symptoms

                The markdown agent fails: %s

                <script>window.kbPwned=7</script> <img src=x onerror="window.kbPwned=8">

                [click](javascript:window.kbPwned=9) [data](data:text/html,<script>parent.kbPwned=10</script>)
                [vb](VBScript:msgbox) [spaced]( javascript:window.kbPwned=11 ) ![img](javascript:window.kbPwned=12)
                <javascript:window.kbPwned=13> [up](../../../../etc/passwd) [Q900801](Q900801)

                ```html
                %s
                ```

                %s
                """.formatted(ALL, ALL, LONG_WORD), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("bad-id.md"), """
                ---
                id: ../../../etc/Q900805
                title: An id that climbs
                ---

                Text.
                """);
        site = work.resolve("site");
        workBefore = listing(work);
        report = SiteBuild.builder(content, site)
                .config(SiteConfig.defaults().withBaseUrl("https://example.com/kb/"))
                .full(true)
                .build()
                .run();
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            s.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }

    private static List<Path> outputs() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void everyArticleButTheClimbingIdIsBuiltAndNothingIsWrittenOutsideTheSite() throws IOException {
        assertThat(report.articles()).isEqualTo(4);
        assertThat(report.diagnostics())
                .anySatisfy(d -> assertThat(d.toString()).startsWith("bad-id.md:2"));
        Set<String> after = listing(work);
        after.removeAll(workBefore);
        // The site, and the build's state beside it.
        assertThat(after).allSatisfy(name -> assertThat(name).matches("site|\\.site\\.kb"));
        for (Path p : outputs()) {
            Path inside = site.relativize(p);
            assertThat(p.normalize()).startsWith(site);
            if (!inside.toString().equals(".kb-site")) {
                for (Path part : inside) {
                    assertThat(part.toString()).as(inside.toString()).doesNotStartWith(".");
                }
            }
        }
        for (String id : List.of("Q900801", "Q900802", "Q900803", "Q900804")) {
            assertThat(site.resolve("kb/900/" + id + "/index.html")).exists();
        }
    }

    @Test
    void everyPageParsesWithoutErrorsAndNothingOfAPayloadIsLive() throws IOException {
        int pages = 0;
        for (Path p : outputs()) {
            if (!p.toString().endsWith(".html")) {
                continue;
            }
            pages++;
            String html = Files.readString(p);
            String where = site.relativize(p).toString();
            Parser parser = Parser.htmlParser().setTrackErrors(10);
            Document doc = Jsoup.parse(html, "https://example.com/kb/" + where, parser);
            assertThat(parser.getErrors()).as(where).isEmpty();
            for (Element e : doc.getAllElements()) {
                assertThat(e.tagName()).as(where).isNotIn("iframe", "svg", "object", "embed", "b");
                if (e.tagName().equals("script")) {
                    assertThat(e.data()).as(where).isEmpty();
                    assertThat(e.attr("src"))
                            .as(where)
                            .matches("(https://example\\.com/kb/|[./]*)(static|search)/[a-z-]+\\.js");
                }
                if (e.tagName().equals("img")) {
                    assertThat(e.attr("src")).as(where).isNotEqualTo("x");
                }
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).as(where).doesNotStartWith("on").isNotEqualTo("srcdoc");
                    if (Set.of("href", "src", "action", "formaction").contains(a.getKey())) {
                        String url = a.getValue().strip().toLowerCase(Locale.ROOT);
                        assertThat(url)
                                .as("%s: %s", where, a)
                                .doesNotStartWith("javascript:")
                                .doesNotStartWith("vbscript:")
                                .doesNotStartWith("data:text");
                    }
                }
            }
            for (int i = 0; i < html.length(); i++) {
                assertThat(ControlCharacters.forbiddenInMarkup(html.charAt(i)))
                        .as("%s, character %d: U+%04X", where, i, (int) html.charAt(i))
                        .isFalse();
            }
        }
        assertThat(pages).isGreaterThan(20);
        Document article = Jsoup.parse(site.resolve("kb/900/Q900804/index.html"));
        // Shown as the text it is, never run as a template.
        assertThat(article.text())
                .contains("${7*7} [#assign kbpwned=5]${kbpwned} <#if true>ftl</#if> {{7*7}}")
                .contains("<script>window.kbPwned=1</script>")
                .contains(LONG_WORD);
        assertThat(Jsoup.parse(site.resolve("kb/900/Q900801/index.html"))
                        .select("h1")
                        .text())
                .contains("\"><img src=x onerror=\"window.kbPwned=2\">");
    }

    @Test
    void feedSitemapsAndJsonAreWellFormed() throws Exception {
        int xml = 0;
        int json = 0;
        for (Path p : outputs()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".xml")) {
                xml++;
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                try (InputStream in = Files.newInputStream(p)) {
                    assertThat(factory.newDocumentBuilder().parse(in).getDocumentElement())
                            .as(name)
                            .isNotNull();
                }
                String text = Files.readString(p);
                for (int i = 0; i < text.length(); i++) {
                    assertThat(ControlCharacters.forbiddenInMarkup(text.charAt(i)))
                            .as("%s, character %d", name, i)
                            .isFalse();
                }
            } else if (name.endsWith(".json")) {
                json++;
                assertThat(new ObjectMapper().readTree(p.toFile())).as(name).isNotNull();
            }
        }
        assertThat(xml).as("feed and sitemaps").isGreaterThanOrEqualTo(2);
        assertThat(json).isPositive();
        assertThat(Files.readString(site.resolve("feed.xml"))).contains("Markdown Agent Fails");
    }

    @Test
    void searchPagesShowEveryPayloadAsText() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        List<String> queries = new ArrayList<>(PAYLOADS);
        queries.add("agent fails");
        try (KbServer server = KbServer.start(site, SiteLayout.of(site).index(), 0);
                ServedSite plain = ServedSite.start(site, work)) {
            WebDriver browser = plain.browser();
            for (String base : List.of(server.url(), plain.url())) {
                for (String q : queries) {
                    browser.get(base + "search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    new WebDriverWait(browser, Duration.ofSeconds(15))
                            .until(d ->
                                    !d.findElements(By.cssSelector("p.summary")).isEmpty());
                    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.kbPwned || null;");
                    assertThat(pwned).as("%s %s", base, q).isNull();
                    assertThat(browser.findElements(By.cssSelector("ol.hits iframe, ol.hits svg, ol.hits img")))
                            .as("%s %s", base, q)
                            .isEmpty();
                }
                browser.get(base + "search/index.html?q=" + URLEncoder.encode("agent fails", StandardCharsets.UTF_8));
                new WebDriverWait(browser, Duration.ofSeconds(15))
                        .until(d ->
                                d.findElements(By.cssSelector("ol.hits li.hit")).size() >= 3);
                assertThat(browser.findElement(By.cssSelector("ol.hits")).getText())
                        .as(base)
                        .contains("<script>window.kbPwned=1</script>");
                assertThat(((JavascriptExecutor) browser).executeScript("return window.kbPwned || null;"))
                        .isNull();
            }
        }
    }
}
