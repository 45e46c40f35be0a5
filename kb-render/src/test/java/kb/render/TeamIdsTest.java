package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.IdScheme;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.render.site.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A knowledge base that numbers its own articles ({@code ids: KB-\d{4}}) beside archive articles: each has its page
 * at {@code kb/<id>/}, mentions, citations and links by id lead to it from either kind, and every link of its page
 * leads to a page of the site.
 */
class TeamIdsTest {
    private static final IdScheme TEAM = IdScheme.of("KB-\\d{4}");

    private static final String SYNC = """
            ---
            id: KB-0001
            title: Sync stops at 99 percent
            product: acmesync
            products: Acme Sync
            keywords: [sync, stall]
            ---
            ## Symptoms

            The sync stops. If the vault refuses the key too, see KB-0002 or [the vault article](KB-0002#cause).
            Not an id: KB-0002.exe, xKB-0002. KB-0404 is not written yet.

            ## References

                KB-0002: Vault refuses the key
                Q900100 Archive article
            """;

    private static final String VAULT = """
            ---
            id: KB-0002
            title: Vault refuses the key
            product: acmesync
            ---
            ## Cause

            The key expired.
            """;

    private static final String ARCHIVE = """
            ---
            id: Q900100
            title: Archive article
            ---
            ## Symptoms

            Newer articles: KB-0001.
            """;

    private static Corpus corpus;
    private static TestSites.Site site;

    @BeforeAll
    static void render(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("sync.md"), SYNC);
        Files.writeString(content.resolve("vault.md"), VAULT);
        Files.writeString(content.resolve("archive.md"), ARCHIVE);
        corpus = new CorpusReader(ArticleParser.builder().ids(TEAM).build())
                .readAll(content, CorpusReader.Progress.NONE);
        site = TestSites.render(corpus, SiteConfig.defaults().withIds(TEAM));
    }

    private static Document page(String path) {
        return Jsoup.parse(site.page(path));
    }

    @Test
    void eachArticleHasItsPageAtItsId() {
        assertThat(corpus.diagnostics()).isEmpty();
        assertThat(site.pages()).containsKeys("kb/KB-0001/index.html", "kb/KB-0002/index.html");
        assertThat(site.pages()).containsKey("kb/900/Q900100/index.html");
        assertThat(page("kb/KB-0001/index.html").selectFirst("h1").text()).contains("Sync stops at 99 percent");
    }

    @Test
    void mentionsAndLinksByIdLeadToThePage() {
        Document sync = page("kb/KB-0001/index.html");
        Element symptoms = sync.getElementById("symptoms").parent();
        assertThat(symptoms.select("p a").eachAttr("href"))
                .containsExactly("../../kb/KB-0002/index.html", "../../kb/KB-0002/index.html#cause");
        assertThat(symptoms.text()).contains("KB-0002.exe", "xKB-0002");
        assertThat(symptoms.select("p a").eachText()).containsExactly("KB-0002", "the vault article");
        // An id of the pattern that no article has is marked as missing, as a Q number is.
        assertThat(symptoms.select("span.missing").text()).startsWith("KB-0404");
        Element archive =
                page("kb/900/Q900100/index.html").getElementById("symptoms").parent();
        assertThat(archive.select("p a").eachAttr("href")).containsExactly("../../../kb/KB-0001/index.html");
    }

    @Test
    void citationsAreReferencedBy() {
        Document vault = page("kb/KB-0002/index.html");
        assertThat(vault.text()).contains("Referenced by");
        assertThat(vault.select("a[href=../../kb/KB-0001/index.html]")).isNotEmpty();
        Document archive = page("kb/900/Q900100/index.html");
        assertThat(archive.select("a[href=../../../kb/KB-0001/index.html]")).isNotEmpty();
    }

    @Test
    void everyLinkOfATeamPageLeadsToAPageOfTheSite() {
        for (String path : new String[] {"kb/KB-0001/index.html", "kb/KB-0002/index.html"}) {
            for (String href : page(path).select("a[href]").eachAttr("href")) {
                if (href.startsWith("#") || href.contains("://")) {
                    continue;
                }
                String target = URI.create("http://site/" + path)
                        .resolve(href)
                        .getPath()
                        .substring(1);
                assertThat(site.pages()).as(path + " links " + href).containsKey(target.replaceFirst("#.*", ""));
            }
        }
    }

    @Test
    void withoutThePatternTheTeamsArticlesAreSkippedWithWhy(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("sync.md"), SYNC);
        Corpus plain = new CorpusReader(ArticleParser.create()).readAll(content, CorpusReader.Progress.NONE);
        assertThat(plain.size()).isZero();
        assertThat(plain.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.NO_ID, 2));
        assertThat(plain.diagnostics().get(0).message()).contains("'KB-0001'", "Q and a number");
    }
}
