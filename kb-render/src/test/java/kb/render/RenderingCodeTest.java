package kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages made by another version of kb's rendering code are made again: the code is part of each page's fingerprint. */
class RenderingCodeTest {
    @Test
    void anotherJarOrOtherClassesGiveAnotherFingerprint(@TempDir Path tmp) throws IOException {
        Path jar = Files.write(tmp.resolve("kb.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        long first = RenderingCode.of(jar);
        assertThat(RenderingCode.of(jar)).isEqualTo(first);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(RenderingCode.of(jar)).isNotEqualTo(first);

        Path classes = Files.createDirectories(tmp.resolve("classes/kb/render"));
        Files.write(classes.resolve("SiteRenderer.class"), new byte[] {1});
        long folder = RenderingCode.of(tmp.resolve("classes"));
        Files.write(classes.resolve("SiteRenderer.class"), new byte[] {1, 2});
        assertThat(RenderingCode.of(tmp.resolve("classes"))).isNotEqualTo(folder);
    }

    @Test
    void theCodeThisRunsIsKnown() {
        assertThat(RenderingCode.fingerprint()).isNotZero();
    }
}
