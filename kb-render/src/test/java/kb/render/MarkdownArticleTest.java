package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.render.site.Page;
import kb.render.site.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Markdown article with every construct people write, in a content folder with another article and an image: each
 * construct is in its page as markup, links lead to the other article's page and to the published image, a missing
 * target is a warning at its line and stays as written, and nothing unsafe becomes live.
 */
class MarkdownArticleTest {
    private static final String ARTICLE = """
            ---
            id: Q900500
            title: Every construct
            author: Pat Lee
            summary: >
              Every construct of Markdown
              in one article.
            tags: [markdown, example]
            aliases: [/old/every-construct.html, help/every/]
            ---
            ## Symptoms

            Text with *emphasis*, **strong**, `code`, ~~struck~~ and a line\\
            break. Cites Q900501 in passing.

            ![The error box](images/error%20box.png "What you see")

            > A quotation with **markup**.
            >
            > - and a list

            | Setting | Value | Default |
            |:--------|:-----:|--------:|
            | `Retry` | *3*   | 5       |

            ```sql
            SELECT * FROM jobs WHERE state = 'stuck';
            ```

                indented code

            - [x] done task
            - [ ] open task

            1. one
            2. two

            ---

            ### A subheading

            #### A deeper one

            ## Resolution

            See [the other article](other.md#cause), [the same by id](Q900501), \
            [a page on the web](<https://example.com/a b>), <https://example.org/auto>, www.example.net and \
            [a section here](#symptoms).

            Broken: [a missing file](nowhere.md), [a missing id](Q900999) and [a hidden file](.private/notes.txt).

            Unsafe: [run](javascript:alert(1)), [data](data:text/html,<b>x</b>), <div onclick="x()">raw</div> and
            <script>alert(2)</script>.

            ## The *last* section

            Nothing more.
            """;

    private static final String OTHER = """
            ---
            id: Q900501
            title: The other article
            ---
            ## Cause

            Back to [the first](guides/../every.md).
            """;

    private static Corpus corpus;
    private static TestSites.Site site;
    private static Document page;

    @BeforeAll
    static void render(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("every.md"), ARTICLE);
        Files.writeString(content.resolve("other.md"), OTHER);
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/error box.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createDirectories(content.resolve(".private"));
        Files.writeString(content.resolve(".private/notes.txt"), "not for the site");
        corpus = new CorpusReader(ArticleParser.create()).readAll(content, CorpusReader.Progress.NONE);
        site = TestSites.render(corpus, SiteConfig.defaults());
        page = Jsoup.parse(site.page("kb/900/Q900500/index.html"));
    }

    /** Where {@code text} begins in the article: its line and column, as a diagnostic gives them. */
    private static String placeOf(String text) {
        String line = ARTICLE.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        return (ARTICLE.lines().toList().indexOf(line) + 1) + ":" + (line.indexOf(text) + 1);
    }

    /** The line of the article that starts with {@code text}. */
    private static int lineOf(String text) {
        return ARTICLE.lines()
                        .toList()
                        .indexOf(ARTICLE.lines()
                                .filter(l -> l.startsWith(text))
                                .findFirst()
                                .orElseThrow())
                + 1;
    }

    private static Element section(String id) {
        return page.getElementById(id).parent();
    }

    @Test
    void inlineMarkupIsKept() {
        Element p = section("symptoms").selectFirst("p");
        assertThat(p.select("em").text()).isEqualTo("emphasis");
        assertThat(p.select("strong").text()).isEqualTo("strong");
        assertThat(p.select("code").text()).isEqualTo("code");
        assertThat(p.select("del").text()).isEqualTo("struck");
        assertThat(p.select("br")).hasSize(1);
        assertThat(p.select("a.kb-ref").attr("href")).isEqualTo("../../../kb/900/Q900501/index.html");
    }

    @Test
    void authorSummaryAndTagsAreShown() {
        assertThat(page.select("aside.info dt:contains(Author) + dd").text()).isEqualTo("Pat Lee");
        assertThat(page.select("article header p.lead").text())
                .isEqualTo("Every construct of Markdown in one article.");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("Every construct of Markdown in one article.");
        assertThat(page.select("aside.info .keywords a").eachText()).containsExactly("markdown", "example");
    }

    @Test
    void itsOldAddressesLeadToIt() {
        Document moved = Jsoup.parse(site.page("old/every-construct.html"));
        assertThat(moved.select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=../kb/900/Q900500/index.html");
        assertThat(moved.select("link[rel=canonical]").attr("href")).isEqualTo("../kb/900/Q900500/index.html");
        assertThat(moved.select("main a").text()).isEqualTo("Q900500: Every construct");
        assertThat(Jsoup.parse(site.page("help/every/index.html"))
                        .select("main a")
                        .attr("href"))
                .isEqualTo("../../kb/900/Q900500/index.html");
    }

    @Test
    void aSectionHeadingKeepsItsMarkup() {
        assertThat(page.select("h2#the-last-section em").text()).isEqualTo("last");
        assertThat(page.select("h2#the-last-section").text()).endsWith("The last section");
    }

    @Test
    void blocksAreKept() {
        Element s = section("symptoms");
        assertThat(s.select("blockquote > p > strong").text()).isEqualTo("markup");
        assertThat(s.select("blockquote > ul > li").text()).isEqualTo("and a list");
        assertThat(s.select("table thead th").eachText()).containsExactly("Setting", "Value", "Default");
        assertThat(s.select("table thead th").eachAttr("class"))
                .containsExactly("align-left", "align-center", "align-right");
        assertThat(s.select("table tbody td code").text()).isEqualTo("Retry");
        assertThat(s.select("table tbody td em").text()).isEqualTo("3");
        assertThat(s.select("pre > code.language-sql").text()).isEqualTo("SELECT * FROM jobs WHERE state = 'stuck';");
        assertThat(s.select("pre > code:not([class])").text()).isEqualTo("indented code");
        assertThat(s.select("ul.tasks > li > input[type=checkbox][disabled]")).hasSize(2);
        assertThat(s.select("ul.tasks > li > input[checked]")).hasSize(1);
        assertThat(s.select("ol > li").eachText()).containsExactly("one", "two");
        assertThat(s.select("ol > li > p")).as("a tight list's items are lines").isEmpty();
        assertThat(s.select("hr")).hasSize(1);
        assertThat(s.select("h3").text()).isEqualTo("A subheading");
        assertThat(s.select("h4").text()).isEqualTo("A deeper one");
    }

    @Test
    void imagesBesideTheArticlesArePublished() {
        Element img = section("symptoms").selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("../../../files/images/error%20box.png");
        assertThat(img.attr("alt")).isEqualTo("The error box");
        assertThat(img.attr("title")).isEqualTo("What you see");
        assertThat(site.plan().get("files/images/error box.png")).isInstanceOf(Page.AssetFile.class);
        assertThat(site.pages()).containsKey("files/images/error box.png");
    }

    @Test
    void linksLeadToPagesAndAddresses() {
        Element r = section("resolution");
        assertThat(r.select("a:contains(the other article)").attr("href"))
                .isEqualTo("../../../kb/900/Q900501/index.html#cause");
        assertThat(r.select("a:contains(the same by id)").attr("href")).isEqualTo("../../../kb/900/Q900501/index.html");
        assertThat(r.select("a:contains(a page on the web)").attr("href")).isEqualTo("https://example.com/a%20b");
        assertThat(r.select("a[href=https://example.org/auto]")).hasSize(1);
        assertThat(r.select("a[href=http://www.example.net]")).hasSize(1);
        assertThat(r.select("a:contains(a section here)").attr("href")).isEqualTo("#symptoms");
        Document other = Jsoup.parse(site.page("kb/900/Q900501/index.html"));
        assertThat(other.select("a:contains(the first)").attr("href")).isEqualTo("../../../kb/900/Q900500/index.html");
        assertThat(other.select(".backlinks a").eachText()).anyMatch(t -> t.startsWith("Q900500"));
    }

    @Test
    void aMissingTargetIsAWarningAtItsLineAndStaysAsWritten() {
        Element r = section("resolution");
        assertThat(r.select("a:contains(a missing file)").attr("href")).isEqualTo("nowhere.md");
        assertThat(r.select("a:contains(a missing id)").attr("href")).isEqualTo("Q900999");
        assertThat(corpus.diagnostics())
                .filteredOn(d -> d.code() == DiagnosticCode.BROKEN_LINK)
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "every.md:" + placeOf("[a missing file]")
                                + ": warning: link to 'nowhere.md', which does not exist [KB050]",
                        "every.md:" + placeOf("[a missing id]")
                                + ": warning: link to 'Q900999', which is not in the content [KB050]",
                        "every.md:" + placeOf("[a hidden file]")
                                + ": warning: link to '.private/notes.txt', which is hidden (a name starting with a dot),"
                                + " and hidden files are never published [KB050]");
        assertThat(site.pages()).doesNotContainKey("files/.private/notes.txt");
    }

    @Test
    void nothingUnsafeBecomesLive() {
        Element r = section("resolution");
        assertThat(r.select("a[href^=javascript], a[href^=data]")).isEmpty();
        assertThat(r.text()).contains("run", "data");
        assertThat(page.select("main script, main [onclick]")).isEmpty();
        assertThat(r.text()).contains("<div onclick=\"x()\">raw</div>", "<script>alert(2)</script>");
        assertThat(corpus.diagnostics())
                .filteredOn(d -> d.code() == DiagnosticCode.REFUSED_LINK)
                .extracting(Diagnostic::line)
                .containsExactly(lineOf("Unsafe:"), lineOf("Unsafe:"));
    }
}
