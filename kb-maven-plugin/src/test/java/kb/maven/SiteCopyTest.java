package kb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge base copied into the project's site holds what the built site holds, and nothing hidden. */
class SiteCopyTest {
    @TempDir
    Path tmp;

    @Test
    void theCopyFollowsTheSiteAndLeavesHiddenFilesOut() throws IOException {
        Path site = tmp.resolve("kb-site");
        Files.createDirectories(site.resolve("kb/900"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("kb/900/a.html"), "a");
        Files.writeString(site.resolve(".kb-site"), "marker");
        Path into = tmp.resolve("site/kb");

        assertThat(SiteCopy.mirror(site, into)).isEqualTo(2);
        assertThat(into.resolve("index.html")).hasContent("home");
        assertThat(into.resolve("kb/900/a.html")).hasContent("a");
        assertThat(into.resolve(".kb-site")).doesNotExist();

        assertThat(SiteCopy.mirror(site, into)).as("nothing changed").isZero();

        Files.delete(site.resolve("kb/900/a.html"));
        Files.writeString(site.resolve("index.html"), "home, changed");
        assertThat(SiteCopy.mirror(site, into)).isEqualTo(1);
        assertThat(into.resolve("index.html")).hasContent("home, changed");
        assertThat(into.resolve("kb/900/a.html")).doesNotExist();
    }
}
