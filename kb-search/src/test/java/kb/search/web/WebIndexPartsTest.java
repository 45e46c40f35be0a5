package kb.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the browser's index whose mistakes would lose words without a sound. */
class WebIndexPartsTest {
    @Test
    void aRangeStartsAtTheShortestStartOfItsFirstKeyAfterTheKeyBefore() {
        assertThat(WebIndexOutput.boundary("winstall", "winsect")).isEqualTo("winst");
        assertThat(WebIndexOutput.boundary("wb", "wazure")).isEqualTo("wb");
        assertThat(WebIndexOutput.boundary("wab", "wa")).isEqualTo("wab");
        // A boundary never ends inside a character written as two UTF-16 units.
        String clef = "w\uD834\uDD1E";
        assertThat(WebIndexOutput.boundary(clef + "x", "w\uD834\uDD00")).isEqualTo(clef);
    }

    @Test
    void sharedStartsNeverSplitACharacter() {
        assertThat(Packer.shared("installed", "installing")).isEqualTo(7);
        assertThat(Packer.shared("a\uD834\uDD1E", "a\uD834\uDD00")).isEqualTo(1);
        assertThat(Packer.shared("", "abc")).isZero();
    }

    @Test
    void theServedCodeLosesCommentsAndJoinsOnlyLinesThatCannotEndAStatement() {
        String source = """
                // a comment
                var a = {
                  b: 1,
                  c: [1, 2]
                };
                function f() {
                  return a
                }
                g(a &&
                  b);
                """;
        assertThat(Minified.of(source)).isEqualTo("var a = {b: 1,c: [1, 2]\n};function f() {return a\n}\ng(a &&b);");
    }

    @Test
    void aPayloadIsAScriptThatHandsItsDataToThePage() {
        String script = new String(
                ScriptFiles.script("t/x-0", new byte[] {1, 2, 3}), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(script).startsWith("kbShard(\"t/x-0\",\"").endsWith("\");\n");
        assertThat(ScriptFiles.crc(new byte[] {1, 2, 3})).isNotEqualTo(ScriptFiles.crc(new byte[] {1, 2, 4}));
    }

    @Test
    void aFileIsMadeWithTheSamePermissionsAsAnyOtherFileOfTheSite(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("index.html"), "<p>");
        Path file = dir.resolve("search/t/x-0.js");
        ScriptFiles.write(file, new byte[] {1, 2, 3});
        ScriptFiles.write(file, new byte[] {1, 2, 4});
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(page));
        }
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 4);
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
