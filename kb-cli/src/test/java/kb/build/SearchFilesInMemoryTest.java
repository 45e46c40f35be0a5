package kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.model.io.StateMemory;
import kb.search.web.WebIndexOutput;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the published site's search, built as {@code kb serve} builds: a build that starts from the very state
 * the last one left, in folders no one changed since, knows their files from that build instead of listing them, and
 * still leaves exactly the files its manifest names.
 */
class SearchFilesInMemoryTest {
    @TempDir
    Path tmp;

    Path content;
    Path site;

    @BeforeEach
    void firstBuild() throws Exception {
        StateMemory.keepFromNowOn();
        content = ProjectFiles.copyContent(tmp.resolve("content"));
        site = tmp.resolve("site");
        build();
    }

    @AfterEach
    void forget() {
        StateMemory.keepNothing();
    }

    private BuildReport build() throws Exception {
        BuildReport r = SiteBuild.builder(content, site).build().run();
        assertThat(files())
                .as("the search's files")
                .hasSize(r.search().orElseThrow().files());
        return r;
    }

    private Set<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve(WebIndexOutput.FOLDER))) {
            Set<String> out = new TreeSet<>();
            walk.filter(f -> f.toString().endsWith(".js"))
                    .forEach(f -> out.add(site.relativize(f).toString()));
            return out;
        }
    }

    private void write(String name, String text) throws IOException {
        Path f = content.resolve(name);
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
    }

    private static String article(String id, String title, String symptoms) {
        return """
                ---
                id: %s
                title: "%s"
                product: vault
                ---

                ## Symptoms

                %s
                """.formatted(id, title, symptoms);
    }

    @Test
    void buildsAfterTheFirstKnowTheFilesTheLastOneLeft() throws Exception {
        int listings = WebIndexOutput.listings();
        write("q990001.md", article("Q990001", "The vault console hangs at startup", "The console never opens."));
        BuildReport added = build();
        write("q990001.md", article("Q990001", "The vault console freezes at startup", "The console never opens."));
        BuildReport edited = build();
        Files.delete(content.resolve("q990001.md"));
        BuildReport removed = build();

        assertThat(WebIndexOutput.listings()).as("the folders listed").isEqualTo(listings);
        for (BuildReport r : new BuildReport[] {added, edited, removed}) {
            assertThat(r.full()).isFalse();
            assertThat(r.search().orElseThrow().written()).isPositive();
        }
    }

    @Test
    void aFileAddedByHandMakesTheNextBuildListTheFolders() throws Exception {
        Set<String> before = files();
        String stray = before.stream()
                .filter(f -> f.startsWith(WebIndexOutput.FOLDER + "/t/"))
                .findFirst()
                .orElseThrow()
                .replaceFirst("[^/]+$", "left-by-hand.js");
        Files.writeString(site.resolve(stray), "kbShard(0);");
        int listings = WebIndexOutput.listings();

        write("q990002.md", article("Q990002", "Backups stop after the vault upgrade", "No backup runs."));
        build();

        assertThat(WebIndexOutput.listings()).as("the folders listed").isGreaterThan(listings);
        assertThat(files()).doesNotContain(stray);
    }
}
