package kb.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateMemoryTest {
    private static final int MAGIC = 0x4b42544d;

    /** A state whose reader makes a new object each time it reads the file. */
    private record State(List<String> values) {
        static BinaryReader.Result<State> read(Path file) {
            return BinaryReader.read(file, MAGIC, 1, in -> new State(in.getStrings()));
        }

        void write(Path file) throws IOException {
            try (BinaryWriter out = BinaryWriter.create(file, MAGIC, 1)) {
                out.putStrings(values);
                out.commit(this);
            }
        }
    }

    @AfterEach
    void off() {
        StateMemory.keepNothing();
    }

    private static State read(Path file) {
        return ((BinaryReader.Result.Read<State>) State.read(file)).value();
    }

    @Test
    void whatWasWrittenIsGivenOutOnceWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        StateMemory.keepFromNowOn();
        Path file = dir.resolve("state.bin");
        State written = new State(List.of("a", "b"));
        written.write(file);

        assertThat(read(file)).isSameAs(written);
        State again = read(file);
        assertThat(again)
                .as("read from the file the second time")
                .isNotSameAs(written)
                .isEqualTo(written);
    }

    @Test
    void aFileReplacedSinceIsReadAgain(@TempDir Path dir) throws IOException {
        StateMemory.keepFromNowOn();
        Path file = dir.resolve("state.bin");
        Path other = dir.resolve("other.bin");
        StateMemory.keepNothing();
        new State(List.of("from another process")).write(other);
        StateMemory.keepFromNowOn();
        new State(List.of("kept")).write(file);

        Files.copy(other, file, StandardCopyOption.REPLACE_EXISTING);

        assertThat(read(file).values()).containsExactly("from another process");
    }

    @Test
    void aReaderOfAnotherKindOrVersionIsNotGivenTheValue(@TempDir Path dir) throws IOException {
        StateMemory.keepFromNowOn();
        Path file = dir.resolve("state.bin");
        new State(List.of("a")).write(file);

        assertThat(BinaryReader.read(file, MAGIC, 2, in -> in.getStrings()))
                .isInstanceOf(BinaryReader.Result.Unusable.class);
        assertThat(BinaryReader.read(file, MAGIC + 1, 1, in -> in.getStrings()))
                .isInstanceOf(BinaryReader.Result.Unusable.class);
    }

    @Test
    void offNothingIsKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.bin");
        State written = new State(List.of("a"));
        written.write(file);

        assertThat(read(file)).isNotSameAs(written).isEqualTo(written);
    }

    @Test
    void whatIsKeptOfAFolderRemovedIsForgottenAndTheRestKept(@TempDir Path dir) throws IOException {
        StateMemory.keepFromNowOn();
        Path gone = Files.createDirectories(dir.resolve("sample/.site.kb"));
        Path stays = Files.createDirectories(dir.resolve("sample-site"));
        State forgotten = new State(List.of("a"));
        State kept = new State(List.of("b"));
        forgotten.write(gone.resolve("state.bin"));
        kept.write(stays.resolve("state.bin"));

        StateMemory.forgetUnder(dir.resolve("sample"));

        assertThat(read(gone.resolve("state.bin"))).isNotSameAs(forgotten).isEqualTo(forgotten);
        assertThat(read(stays.resolve("state.bin"))).isSameAs(kept);
    }
}
