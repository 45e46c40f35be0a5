package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path tmp;

    @Test
    void aPageIsWrittenOnlyWhenItsBytesDifferWhereverTheyDiffer() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        SiteWriter writer = new SiteWriter(site, Files.createDirectories(tmp.resolve("scratch")));
        byte[] big = new byte[300_000];
        Arrays.fill(big, (byte) 'a');
        assertThat(writer.update(new RenderedPage("articles.json", big))).isTrue();
        Path file = site.resolve("articles.json");
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, written);

        assertThat(writer.update(new RenderedPage("articles.json", big.clone())))
                .isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);

        // The same length, one byte different: in the first block, in a later one, in the last byte.
        for (int at : new int[] {0, 200_000, big.length - 1}) {
            byte[] edited = Files.readAllBytes(file);
            edited[at] = 'b';
            assertThat(writer.update(new RenderedPage("articles.json", edited)))
                    .as("a byte changed at %d", at)
                    .isTrue();
            assertThat(Files.readAllBytes(file)).isEqualTo(edited);
        }
        assertThat(writer.update(new RenderedPage("articles.json", new byte[0])))
                .isTrue();
        assertThat(writer.update(new RenderedPage("articles.json", new byte[0])))
                .isFalse();
    }
}
