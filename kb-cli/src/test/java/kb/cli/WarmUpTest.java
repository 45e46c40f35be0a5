package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.model.corpus.SourceListing;
import kb.model.io.BuildMemo;
import kb.render.site.SiteConfig;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {
    @TempDir
    Path tmp;

    private final CountDownLatch over = new CountDownLatch(1);
    /** What a build of the site left for the next one, which no build of the sample may see or change. */
    private final BuildMemo<String> site = BuildMemo.of("nothing built");

    @Test
    void buildsTheSampleAfterEachChangeInAFolderOfItsOwnAndLeavesTheContentAndTheSitesMemosAsTheyWere()
            throws Exception {
        Path content = ProjectFiles.copyContent(tmp.resolve("content"));
        Map<String, String> before = files(content);
        site.set("the site's last build");

        WarmUp warmUp = WarmUp.of(SourceListing.of(content), 6, 9, SiteConfig.defaults(), over::countDown)
                .started();

        assertThat(over.await(120, TimeUnit.SECONDS)).as("over").isTrue();
        assertThat(warmUp.builds())
                .as("the sample built, then after each change")
                .isEqualTo(10);
        assertThat(warmUp.folder()).isNotNull().doesNotExist();
        assertThat(files(content)).isEqualTo(before);
        assertThat(site.get()).isEqualTo("the site's last build");
    }

    @Test
    void stopsWhenTheSiteIsToBeBuiltAndRemovesItsFolder() throws Exception {
        Path content = ProjectFiles.copyContent(tmp.resolve("content"));
        site.set("the site's last build");
        WarmUp warmUp = WarmUp.of(SourceListing.of(content), 6, 100_000, SiteConfig.defaults(), over::countDown)
                .started();
        while (warmUp.builds() < 3) {
            Thread.sleep(10);
        }

        warmUp.stop();

        int builds = warmUp.builds();
        assertThat(site.get()).isEqualTo("the site's last build");
        assertThat(over.await(60, TimeUnit.SECONDS)).as("over").isTrue();
        assertThat(warmUp.builds()).isEqualTo(builds);
        assertThat(warmUp.folder()).doesNotExist();
    }

    @Test
    void aSmallKnowledgeBaseIsNotWarmedUp() throws Exception {
        Path content = ProjectFiles.copyContent(tmp.resolve("content"));

        assertThat(WarmUp.start(SourceListing.of(content), SiteConfig.defaults(), over::countDown))
                .isEmpty();
    }

    /** Every file under the folder, with its bytes and time. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(
                        root.relativize(f).toString(),
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1) + " @ "
                                + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }
}
