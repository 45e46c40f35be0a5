package kb.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryFilesTest {
    private static final int MAGIC = 0x4b425454;

    private record Values(int b, int s, int i, long l, float f, int v, List<String> strings) {}

    private static Values read(BinaryReader in) {
        return new Values(
                in.getByte(), in.getShort(), in.getInt(), in.getLong(), in.getFloat(), in.getVInt(), in.getStrings());
    }

    @Test
    void whatIsWrittenIsReadBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.bin");
        // ASCII, Latin-1, three-byte, four-byte (a surrogate pair), a lone surrogate, empty, and one longer than
        // the writer's buffer.
        List<String> strings = List.of(
                "Q256211", "Gültig – “quoted”", "日本語", "\uD83D\uDE00 emoji", "lone \uD800 x", "", "x".repeat(70_000));
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putByte(-3)
                    .putShort(65_000)
                    .putInt(-7)
                    .putLong(1L << 40)
                    .putFloat(0.25f)
                    .putVInt(300_000);
            out.putStrings(strings);
            out.commit();
        }

        Values v = BinaryReader.read(file, MAGIC, 1, BinaryFilesTest::read)
                .asOptional()
                .orElseThrow();

        assertThat(v)
                .isEqualTo(new Values(
                        -3,
                        65_000,
                        -7,
                        1L << 40,
                        0.25f,
                        300_000,
                        List.of(
                                strings.get(0),
                                strings.get(1),
                                strings.get(2),
                                strings.get(3),
                                "lone ? x",
                                "",
                                strings.get(6))));
        // The same bytes as the JDK's encoder.
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                .contains(strings.get(1), strings.get(3));
    }

    @Test
    void valuesAreReadAcrossTheBuffersEdge(@TempDir Path dir) throws IOException {
        // A first string of each length that puts the next values across the end of the reader's first buffer.
        for (int length = BinaryReader.BUFFER - 24; length <= BinaryReader.BUFFER; length++) {
            Path file = dir.resolve("f" + length + ".bin");
            String first = "x".repeat(length);
            try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
                out.putString(first)
                        .putStrings(List.of("é", "b"))
                        .putLong(-2)
                        .putVInt(1 << 30)
                        .putFloat(1.5f)
                        .putShort(7)
                        .putByte(9);
                out.commit();
            }

            List<Object> read = BinaryReader.read(
                            file,
                            MAGIC,
                            1,
                            in -> List.<Object>of(
                                    in.getString(),
                                    in.getStrings(),
                                    in.getLong(),
                                    in.getVInt(),
                                    in.getFloat(),
                                    in.getShort(),
                                    in.getByte()))
                    .asOptional()
                    .orElseThrow();

            assertThat(read)
                    .as("first string of %d bytes", length)
                    .containsExactly(first, List.of("é", "b"), -2L, 1 << 30, 1.5f, 7, 9);
        }
    }

    @Test
    void anotherKindOrVersionOrADamagedFileIsRefusedWithItsReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.bin");
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putStrings(List.of("a", "b"));
            out.commit();
        }
        assertThat(BinaryReader.read(file, MAGIC, 1, BinaryReader::getStrings).asOptional())
                .contains(List.of("a", "b"));
        assertThat(unusable(BinaryReader.read(file, MAGIC, 2, BinaryReader::getStrings)))
                .contains("another version");
        assertThat(unusable(BinaryReader.read(file, MAGIC + 1, 1, BinaryReader::getStrings)))
                .contains("not a file");
        assertThat(BinaryReader.read(dir.resolve("missing.bin"), MAGIC, 1, BinaryReader::getStrings))
                .isInstanceOf(BinaryReader.Result.Missing.class);

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(unusable(BinaryReader.read(file, MAGIC, 1, BinaryReader::getStrings)))
                .contains("checksum");
        // One bit flipped anywhere.
        for (int at = 0; at < bytes.length; at++) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            Files.write(file, flipped);
            assertThat(BinaryReader.read(file, MAGIC, 1, BinaryReader::getStrings)
                            .asOptional())
                    .as("bit at byte %d", at)
                    .isEmpty();
        }
    }

    @Test
    void aCountTheFileCannotHoldIsRefusedBeforeAnythingIsAllocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.bin");
        // A file with a valid checksum whose list claims two billion strings, as a forged file could.
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putInt(Integer.MAX_VALUE).putString("a");
            out.commit();
        }
        assertThat(unusable(BinaryReader.read(file, MAGIC, 1, BinaryReader::getStrings)))
                .contains("a count of");
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putInt(1 << 30);
            out.commit();
        }
        assertThat(unusable(BinaryReader.read(file, MAGIC, 1, BinaryReader::getString)))
                .contains("a count of");
    }

    private static String unusable(BinaryReader.Result<?> result) {
        assertThat(result).isInstanceOf(BinaryReader.Result.Unusable.class);
        return ((BinaryReader.Result.Unusable<?>) result).reason();
    }

    @Test
    void aWriteThatIsNotCommittedLeavesTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.bin");
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putInt(1);
            out.commit();
        }
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putInt(2);
        }
        assertThat(BinaryReader.read(file, MAGIC, 1, BinaryReader::getInt).asOptional())
                .isEqualTo(Optional.of(1));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        // Read files stay replaceable: nothing keeps them mapped.
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
            out.putInt(3);
            out.commit();
        }
        assertThat(BinaryReader.read(file, MAGIC, 1, BinaryReader::getInt).asOptional())
                .isEqualTo(Optional.of(3));
    }
}
