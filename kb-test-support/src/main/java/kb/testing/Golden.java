package kb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: the whole output compared with a file under the module's {@code src/test/resources/golden/}.
 * Run with {@code -Dkb.updateGolden=true} to write the files anew, then review the diff.
 */
public final class Golden {
    private Golden() {}

    public static boolean updating() {
        return Boolean.getBoolean("kb.updateGolden");
    }

    /** Asserts that {@code actual} equals the golden file {@code name}; {@code input} names what produced it. */
    public static void assertMatches(String name, String actual, String input) {
        Path file = Path.of("src", "test", "resources", "golden", name).toAbsolutePath();
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("no golden file " + file + " for " + input
                        + "; run the test with -Dkb.updateGolden=true to write it, then review it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual)
                    .as("output for %s against golden file %s", input, file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
