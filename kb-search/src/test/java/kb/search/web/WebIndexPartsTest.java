package kb.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import kb.search.schema.Shown;
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
    void aPageOfTheManifestKeepsItsStartWhenRangesComeAndGoElsewhere() {
        int n = WebIndexOutput.PAGE_RANGES;
        List<String> starts = IntStream.range(0, 3 * n + 5)
                .mapToObj(i -> String.format("w%04d", i * 10))
                .toList();
        // A whole build: pages of PAGE_RANGES ranges, the last one shorter.
        List<List<Integer>> whole = WebIndexOutput.pages(starts, List.of());
        assertThat(whole).extracting(List::size).containsExactly(n, n, n, 5);
        List<String> pageStarts =
                whole.stream().map(g -> starts.get(g.getFirst())).toList();
        // A range cut in two in the first page, and the first range of the third page gone (the one before took its
        // keys): the second page is as it was, the third starts at its next range, and no page shifts.
        List<String> later = new ArrayList<>(starts);
        later.remove(2 * n);
        later.add(3, "w0035");
        List<List<Integer>> pages = WebIndexOutput.pages(later, pageStarts);
        assertThat(pages).extracting(List::size).containsExactly(n + 1, n, n - 1, 5);
        assertThat(later.get(pages.get(1).getFirst())).isEqualTo(pageStarts.get(1));
        assertThat(later.get(pages.get(2).getFirst())).isEqualTo(starts.get(2 * n + 1));
        // A page grown to twice as many ranges is cut again.
        List<String> grown = new ArrayList<>(starts.subList(0, n));
        for (int i = 0; i < n; i++) {
            grown.add(String.format("w%04d", (n - 1) * 10 + 1 + i % 9) + i);
        }
        grown.sort(null);
        assertThat(WebIndexOutput.pages(grown, List.of("")))
                .extracting(List::size)
                .containsExactly(n, n);
    }

    @Test
    void aResultShowsTheStartOfTheSymptomsOnOneLineCutAtAWord() {
        assertThat(Shown.summary("  The agent\r\n\tstops.  ")).isEqualTo("The agent stops.");
        String words = "word ".repeat(60);
        String summary = Shown.summary("\n" + words);
        assertThat(summary).endsWith("word …").hasSizeLessThanOrEqualTo(Shown.SUMMARY_CHARS + 2);
        assertThat(summary.substring(0, summary.length() - 2)).isEqualTo(words.substring(0, 149));
        String oneLongWord = "x".repeat(400);
        assertThat(Shown.summary(oneLongWord)).isEqualTo("x".repeat(Shown.SUMMARY_CHARS) + " …");
    }

    @Test
    void sharedStartsNeverSplitACharacter() {
        assertThat(Packer.shared("installed", "installing")).isEqualTo(7);
        assertThat(Packer.shared("a\uD834\uDD1E", "a\uD834\uDD00")).isEqualTo(1);
        assertThat(Packer.shared("", "abc")).isZero();
    }

    @Test
    void theSearchCodeIsServedMinifiedWithinItsBudget() throws Exception {
        byte[] code;
        try (var in = WebIndexOutput.class.getResourceAsStream("/kb/search/" + WebIndexOutput.CLIENT)) {
            assertThat(in).isNotNull();
            code = in.readAllBytes();
        }
        String text = new String(code, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(code.length).isLessThanOrEqualTo(15 * 1024);
        assertThat(text).doesNotContain("\n//").contains("window.kbSearch=").contains("window.kbShard=");
    }

    @Test
    void aPayloadIsAScriptThatHandsItsDataToThePage() {
        String script =
                new String(ScriptFiles.script("t/x-0", new byte[] {1, 2, 3}), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script).startsWith("\uFEFFkbShard(\"t/x-0\",\"").endsWith("\");\n");
        assertThat(ScriptFiles.crc(new byte[] {1, 2, 3})).isNotEqualTo(ScriptFiles.crc(new byte[] {1, 2, 4}));
    }

    @Test
    void everyByteComesBackFromTheTextOfAScriptAndTheTextHoldsNothingAStringOrAToolWouldStopAt() {
        Random random = new Random(42);
        List<byte[]> payloads = new ArrayList<>();
        for (int length = 0; length < 40; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            payloads.add(bytes);
        }
        byte[] everyValue = new byte[256];
        for (int i = 0; i < 256; i++) {
            everyValue[i] = (byte) i;
        }
        payloads.add(everyValue);
        // Awkward values at the end, alone and after each other: the last character stands for one value only.
        payloads.add(new byte[] {0});
        payloads.add(new byte[] {(byte) 0xff, 0, 0, 0, 0, 0, 0});
        payloads.add(new byte[] {'"', '\\', '\n', '\r', 0, '"', '"'});
        for (byte[] bytes : payloads) {
            String text = ScriptFiles.sevenBits(bytes);
            assertThat(text.chars())
                    .allMatch(c -> (c > 0 && c < 0x80 && "\"\\\n\r".indexOf(c) < 0) || (c >= 0x100 && c < 0x600));
            assertThat(fromScriptString(text)).containsExactly(bytes);
        }
        // Without escapes, text of random bytes is a seventh longer than the bytes in UTF-8, give or take.
        byte[] many = new byte[70_000];
        random.nextBytes(many);
        assertThat(ScriptFiles.sevenBits(many).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isBetween(80_000, 80_300);
    }

    /** What the page gets from such a string: seven bits a character, low first, awkward values as two at once. */
    private static byte[] fromScriptString(String text) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c < 0x80) {
                values.add(c);
                continue;
            }
            int which = (c - ScriptFiles.AWKWARD_BASE) >> 7;
            values.add(ScriptFiles.AWKWARD[which % ScriptFiles.AWKWARD.length]);
            if (which < ScriptFiles.AWKWARD.length) {
                values.add(c & 0x7f);
            }
        }
        byte[] out = new byte[values.size() * 7 / 8];
        int acc = 0;
        int bits = 0;
        int j = 0;
        for (int v : values) {
            acc |= v << bits;
            bits += 7;
            if (bits >= 8) {
                out[j++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        return out;
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
