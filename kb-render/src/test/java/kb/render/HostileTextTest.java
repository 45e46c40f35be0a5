package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import kb.model.Article;
import kb.model.ControlCharacters;
import kb.model.parse.ArticleParser;
import kb.render.site.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Text that looks like markup is printed as text in every output: HTML, attributes, Atom, sitemap, JSON. */
class HostileTextTest {
    private static final String TITLE = "<script>alert(\"x\")</script> Tom & Jerry's \"quoted\" <b>bold</b>";
    private static final String BODY =
            "<img src=x onerror=alert(1)> & \"quotes\" 'single' </pre><script>evil()</script>";
    private static TestSites.Site site;

    @BeforeAll
    static void render() {
        String md = "---\nid: Q777001\ntitle: '" + TITLE.replace("'", "''") + "'\nproduct: \"x<y\"\n"
                + "products: '<i>Evil</i> & Co'\nkeywords: <k>\nmodified: 2026-01-01\n---\n\n## Symptoms\n\n"
                + BODY.replace("<", "\\<") + "\n\n```\n" + BODY + "\n```\n";
        Article a = ArticleParser.create().parse("evil.md", md).article().orElseThrow();
        assertThat(a.title()).isEqualTo(TITLE);
        site = TestSites.render(
                List.of(a),
                SiteConfig.defaults().withTitle("KB <Site> & \"Co\"").withBaseUrl("https://example.com/kb/"));
    }

    @Test
    void htmlPagesShowTheTextAndRunNothing() {
        for (String path : List.of(
                "kb/777/Q777001/index.html",
                "index.html",
                "az/S/index.html",
                "keyword/k/index.html",
                "id/x-y/index.html",
                "year/2026/index.html")) {
            Document doc = Jsoup.parse(site.page(path));
            assertThat(doc.select("script:not([src])")).as(path).isEmpty();
            assertThat(doc.select("img, b, i, k")).as(path).isEmpty();
            assertThat(doc.title()).as(path).contains("KB <Site> & \"Co\"");
        }
        Document article = Jsoup.parse(site.page("kb/777/Q777001/index.html"));
        assertThat(article.select("h1").text()).isEqualTo("Q777001 " + TITLE);
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo(TITLE);
        assertThat(article.select("section.kind-symptoms pre").text()).isEqualTo(BODY);
        assertThat(article.select("section.kind-symptoms p").text()).isEqualTo(BODY);
        assertThat(article.select("aside.info a").eachText()).contains("<i>Evil</i> & Co");
    }

    @Test
    void feedIsWellFormedAndHoldsTheText() throws Exception {
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.page("feed.xml").getBytes(StandardCharsets.UTF_8)));
        NodeList titles = xml.getElementsByTagName("title");
        assertThat(titles.item(0).getTextContent()).isEqualTo("KB <Site> & \"Co\": recently modified articles");
        assertThat(titles.item(1).getTextContent()).isEqualTo("Q777001: " + TITLE);
        assertThat(xml.getElementsByTagName("summary").item(0).getTextContent()).contains("\"quotes\"");
    }

    @Test
    void sitemapIsWellFormed() throws Exception {
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.page("sitemap.xml").getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("loc").getLength()).isGreaterThan(1);
    }

    @Test
    void articlesJsonHoldsTheText() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.page("articles.json"));
        assertThat(json.get("articles").get(0).get("title").asText()).isEqualTo(TITLE);
    }

    @Test
    void controlCharactersHtmlAndXmlForbidNeverReachAPageOrAFeed() throws Exception {
        String controls = "Sync\u001B]0;owned\u0007 fails\u007F with \u0016code\u0085 \uFFFE\uFFFF end";
        // The title as YAML escapes them, the body as they are.
        String md = "---\nid: Q777002\ntitle: \"Sync\\e]0;owned\\a fails\\x7F with \\x16code\\N \\uFFFE\\uFFFF end\"\n"
                + "product: acme\nmodified: 2026-01-02\n---\n\n## Symptoms\n\n" + controls + "\n";
        Article a = ArticleParser.create().parse("controls.md", md).article().orElseThrow();
        assertThat(a.title()).isEqualTo(controls);
        TestSites.Site controlled =
                TestSites.render(List.of(a), SiteConfig.defaults().withBaseUrl("https://example.com/kb/"));
        for (Map.Entry<String, String> page : controlled.pages().entrySet()) {
            if (page.getKey().endsWith(".json")) {
                continue; // JSON escapes what it must, and may hold the others
            }
            String text = page.getValue();
            for (int i = 0; i < text.length(); i++) {
                assertThat(ControlCharacters.forbiddenInMarkup(text.charAt(i)))
                        .as("%s, character %d: U+%04X", page.getKey(), i, (int) text.charAt(i))
                        .isFalse();
            }
        }
        assertThat(Jsoup.parse(controlled.page("kb/777/Q777002/index.html"))
                        .select("h1")
                        .text())
                .contains("Sync\uFFFD]0;owned\uFFFD fails\uFFFD with");
        var feed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(controlled.page("feed.xml").getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getElementsByTagName("title").item(1).getTextContent()).startsWith("Q777002: Sync\uFFFD");
    }
}
