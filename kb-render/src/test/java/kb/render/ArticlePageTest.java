package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.render.site.SiteConfig;
import kb.testing.Golden;
import kb.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages of the content/ site: golden files for the seed articles, and what a reader must find on them. */
class ArticlePageTest {
    private static TestSites.Site site;

    @BeforeAll
    static void render() {
        site = TestSites.content();
    }

    static Stream<String> seeds() {
        return Stream.of("Q256211", "Q168463", "Q238865", "Q322967", "Q283130");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedArticleMatchesItsGoldenPage(String id) {
        String path = "kb/" + id.substring(1, 4) + "/" + id + "/index.html";
        Document doc = Jsoup.parse(site.page(path));
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        Golden.assertMatches("site/" + id + ".html", doc.select("main").outerHtml() + "\n", path);
    }

    @Test
    void articlePageHasTitleInfoBoxSectionsAndLinks() {
        Document doc = Jsoup.parse(site.page("kb/256/Q256211/index.html"));

        assertThat(doc.title())
                .isEqualTo(
                        "Q256211: SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded" + " · Knowledge Base");
        assertThat(doc.select("h1").text())
                .isEqualTo("Q256211 SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded");
        assertThat(doc.select("aside.info dt").eachText())
                .contains("Article", "Product", "Version", "Last modified", "Issue type", "Solution type", "Keywords");
        assertThat(doc.select("aside.info dt:contains(Issue type) + dd").text()).isEqualTo("Bug");
        assertThat(doc.select("aside.info dt:contains(Solution type) + dd").text())
                .isEqualTo("Fix");
        assertThat(doc.select("aside.info time").attr("datetime")).isEqualTo("2000-06-25");
        assertThat(doc.select("section > h2[id]").eachAttr("id"))
                .containsExactly(
                        "applies-to",
                        "symptoms",
                        "cause",
                        "resolution",
                        "workaround",
                        "status",
                        "more-information",
                        "cited-by",
                        "related");
        // Q236325 is not in content/: marked, not linked.
        Element missing = doc.selectFirst("span.kb-ref.missing");
        assertThat(missing.text()).isEqualTo("Q236325 (not in this archive)");
        // Three Markdown articles cite Q256211.
        assertThat(doc.select("section.backlinks a").eachText())
                .contains("Q900101: Acme Sync: Agent Stops With Error 0x80070005 After Upgrade");
        assertThat(doc.select("nav.breadcrumb a").eachText())
                .containsExactly("Home", "Microsoft Systems Management Server");
        assertThat(doc.select("nav.prev-next a[rel=prev]").text()).contains("Q238865: SMS: SMSMon32 Process");
        assertThat(doc.select("nav.prev-next a[rel=next]").text()).contains("Q283130: CCIM Verify Cycle");
    }

    @Test
    void mentionOfAnArticleInTheSiteIsALinkToItsPage() {
        Document doc = Jsoup.parse(site.page("kb/900/Q900101/index.html"));

        Element link = doc.select("a.kb-ref").stream()
                .filter(a -> a.text().equals("Q256211"))
                .findFirst()
                .orElseThrow();
        assertThat(link.attr("href")).isEqualTo("../../../kb/256/Q256211/index.html");
        assertThat(link.attr("title")).isEqualTo("SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded");
    }

    @Test
    void verbatimTextKeepsItsLineBreaks() {
        Document doc = Jsoup.parse(site.page("kb/168/Q168463/index.html"));

        assertThat(doc.select("pre").get(doc.select("pre").size() - 1).wholeText())
                .startsWith("Reading configuration...\nClient executable active: pcmsvc32.exe\n");
    }

    @Test
    void indexesListTheArticles() {
        assertThat(Jsoup.parse(site.page("id/sms/index.html"))
                        .select("ul.entries li .id")
                        .eachText())
                .containsExactly("Q168463", "Q238865", "Q256211", "Q283130", "Q322967");
        assertThat(Jsoup.parse(site.page("keyword/kbsms200/index.html"))
                        .select("ul.entries .id")
                        .eachText())
                .contains("Q256211", "Q283130");
        assertThat(Jsoup.parse(site.page("year/2000/index.html"))
                        .select("ul.entries .id")
                        .eachText())
                .containsExactly("Q256211");
        List<String> year2026 = Jsoup.parse(site.page("year/2026/index.html"))
                .select("ul.entries li")
                .eachText();
        assertThat(year2026).hasSizeGreaterThan(3);
        assertThat(year2026.get(0)).contains("2026-05-23");
        assertThat(Jsoup.parse(site.page("year/2026/index.html"))
                        .select("main p")
                        .text())
                .contains("articles, newest first.");
        assertThat(Jsoup.parse(site.page("az/S/index.html"))
                        .select("ul.entries .id")
                        .eachText())
                .contains("Q256211", "Q168463");
        Document missing = Jsoup.parse(site.page("missing/index.html"));
        assertThat(missing.select("ul.entries li").first().text()).startsWith("Q236325 not in this archive");
        Document home = Jsoup.parse(site.page("index.html"));
        // By size, largest first; as large, by name.
        assertThat(home.select("ul.products a").eachText())
                .containsExactly("Acme Sync Server", "Microsoft Systems Management Server", "Acme Vault");
        // One search box, suggesting a search from the site's own latest article.
        assertThat(home.select("form[role=search] input[name=q]")).hasSize(1);
        assertThat(home.select("#q-home").attr("placeholder"))
                .startsWith("e.g. ")
                .doesNotContain("Smsapm32");
        assertThat(Jsoup.parse(site.page("search/index.html")).select("form[role=search]"))
                .hasSize(1);
        assertThat(Jsoup.parse(site.page("kb/256/Q256211/index.html")).select("header form[role=search]"))
                .hasSize(1);
    }

    @Test
    void landmarksAreNamedAndNothingHiddenTakesFocus() {
        for (String path : List.of("index.html", "search/index.html", "kb/256/Q256211/index.html")) {
            Document doc = Jsoup.parse(site.page(path));
            assertThat(doc.select("[role=banner], [role=contentinfo]")).as(path).isEmpty();
            assertThat(doc.select("form[role=search]")).as(path).hasSize(1).allMatch(f -> f.hasAttr("aria-label"));
            assertThat(doc.select("[aria-hidden=true]"))
                    .as(path)
                    .allMatch(e -> !e.is("a[href], button, input")
                            || e.attr("tabindex").equals("-1"));
        }
        Document article = Jsoup.parse(site.page("kb/256/Q256211/index.html"));
        assertThat(article.select("pre"))
                .isNotEmpty()
                .allMatch(pre -> pre.attr("tabindex").equals("0"));
    }

    @Test
    void longIndexesArePaginated() {
        var corpus =
                new CorpusReader(ArticleParser.create()).readAll(ProjectFiles.content(), CorpusReader.Progress.NONE);
        TestSites.Site small = TestSites.render(corpus, SiteConfig.defaults().withPageSize(10));
        Document keywords = Jsoup.parse(small.page("keyword/index.html"));
        assertThat(keywords.select("nav.pagination a[rel=next]").attr("href"))
                .isEqualTo("../keyword/page/2/index.html");
        Document second = Jsoup.parse(small.page("keyword/page/2/index.html"));
        assertThat(second.select("h1").text()).startsWith("Keywords (page 2 of ");
        assertThat(second.select("nav.pagination [aria-current=page]").text()).isEqualTo("2");
    }

    @Test
    void machineFilesDescribeThePublishedSite() {
        TestSites.Site published = TestSites.render(
                new CorpusReader(ArticleParser.create()).readAll(ProjectFiles.content(), CorpusReader.Progress.NONE),
                SiteConfig.defaults().withBaseUrl("https://example.com/kb/"));
        assertThat(published.page("robots.txt")).contains("Sitemap: https://example.com/kb/sitemap.xml");
        assertThat(published.page("sitemap.xml"))
                .contains("<loc>https://example.com/kb/kb/256/Q256211/</loc>")
                .contains("<lastmod>2000-06-25</lastmod>");
        assertThat(published.page("feed.xml"))
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains(
                        "<title>Q900106: Acme Vault: Backup Job Hangs at 99 Percent When the Catalog Is on a UNC Path</title>");
        assertThat(published.page("index.html")).contains("href=\"feed.xml\"");
        // Served at any depth under the address it is published at.
        assertThat(published.page("404.html"))
                .contains("href=\"https://example.com/kb/static/kb.css\"")
                .contains("href=\"https://example.com/kb/index.html\"")
                .doesNotContain("href=\"/");
    }

    @Test
    void aSiteWithoutItsAddressHasNoSitemapOrFeedPointingAtThisMachine() {
        assertThat(site.plan()).doesNotContainKeys("sitemap.xml", "feed.xml");
        assertThat(site.page("robots.txt")).doesNotContain("Sitemap").doesNotContain("localhost");
        assertThat(site.page("index.html")).doesNotContain("feed.xml");
        assertThat(site.page("articles.json")).contains("\"id\":\"Q256211\"").contains("\"url\":\"kb/256/Q256211/\"");
        assertThat(site.page("404.html")).contains("href=\"static/kb.css\"").doesNotContain("=\"/");
    }
}
