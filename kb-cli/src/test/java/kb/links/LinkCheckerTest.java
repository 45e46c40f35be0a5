package kb.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.model.corpus.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @Test
    void resolvesLinksAgainstThePageOrTheRoot() {
        assertThat(LinkChecker.resolve("kb/256/Q256211/index.html", "../../../id/sms/index.html"))
                .isEqualTo("id/sms/index.html");
        assertThat(LinkChecker.resolve("kb/256/Q256211/index.html", "index.html#cause"))
                .isEqualTo("kb/256/Q256211/index.html");
        assertThat(LinkChecker.resolve("a/b.html", "/static/kb.css?v=1")).isEqualTo("static/kb.css");
        assertThat(LinkChecker.resolve("a/b.html", "../c/")).isEqualTo("c/index.html");
        assertThat(LinkChecker.resolve("index.html", "../../etc/passwd")).isEqualTo("../");
        assertThat(LinkChecker.resolve("index.html", "https://example.com/")).isNull();
        assertThat(LinkChecker.resolve("index.html", "mailto:kb@example.com")).isNull();
        assertThat(LinkChecker.resolve("index.html", "#top")).isNull();
    }

    @Test
    void reportsEveryBrokenLinkWithItsPage(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("kb"));
        Files.writeString(
                site.resolve("index.html"),
                "<a href='kb/a.html'>ok</a><a href='kb/missing.html'>no</a><img src='logo.png'><a href='https://x.org'>x</a>");
        Files.writeString(
                site.resolve("kb/a.html"), "<link rel=stylesheet href='../style.css'><a href='../index.html'>up</a>");

        LinkChecker.Report r = LinkChecker.check(site, CorpusReader.Progress.NONE);

        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.links()).isEqualTo(5);
        assertThat(r.broken())
                .extracting(Object::toString)
                .containsExactly(
                        "index.html: broken link kb/missing.html (no file kb/missing.html)",
                        "index.html: broken link logo.png (no file logo.png)",
                        "kb/a.html: broken link ../style.css (no file style.css)");
    }

    @Test
    void aRootAbsoluteLinkFailsEvenWhenItsFileIsThere(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("files"));
        Files.writeString(site.resolve("style.css"), "");
        Files.writeString(site.resolve("files/error box.png"), "");
        Files.writeString(
                site.resolve("404.html"),
                "<link rel=stylesheet href='/style.css'><img src='files/error%20box.png'><a href='//cdn.example'>x</a>");

        LinkChecker.Report r = LinkChecker.check(site, CorpusReader.Progress.NONE);

        assertThat(r.broken())
                .extracting(Object::toString)
                .containsExactly("404.html: root-absolute link /style.css (it breaks when the site is published under"
                        + " a sub-path, such as a project's pages; link relative to the page)");
    }

    @Test
    void aLinkIntoAHiddenFolderFailsEvenWhenItsFileIsThere(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("keyword/.net"));
        Files.writeString(site.resolve("keyword/.net/index.html"), "");
        Files.writeString(site.resolve("index.html"), "<a href='keyword/.net/index.html'>.NET</a>");

        LinkChecker.Report r = LinkChecker.check(site, CorpusReader.Progress.NONE);

        assertThat(r.broken()).extracting(LinkChecker.Broken::link).containsExactly("keyword/.net/index.html");
    }
}
