package kb.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The public KB archive corpus, for conformance tests and benchmarks. The system property {@code kb.corpus} names
 * either the {@code kb-txt.tar.xz} archive, unpacked once into {@code target/corpus/}, or a folder already unpacked.
 * Without it, the archive is looked for at {@code ../shared/corpus/kb-txt.tar.xz} beside the project; when it is not
 * there either, the tests that need the corpus are skipped.
 */
public final class ArchiveCorpus {
    private static final String DONE = ".unpacked";
    private static final String ARCHIVE = "kb-txt.tar.xz";

    private ArchiveCorpus() {}

    /** The folder holding {@code txt/NNN/QNNNNN.TXT}, unpacking the archive first if needed. */
    public static synchronized Optional<Path> directory() {
        String setting = System.getProperty("kb.corpus", "").strip();
        if (setting.isEmpty()) {
            Path beside = ProjectFiles.root()
                    .resolveSibling("shared")
                    .resolve("corpus")
                    .resolve(ARCHIVE);
            if (!Files.isRegularFile(beside)) {
                return Optional.empty();
            }
            setting = beside.toString();
        }
        Path given = Path.of(setting).toAbsolutePath();
        if (Files.isDirectory(given)) {
            return Optional.of(given);
        }
        if (!Files.isRegularFile(given)) {
            throw new IllegalStateException("kb.corpus names neither a file nor a folder: " + given);
        }
        Path out = ProjectFiles.target("corpus");
        if (!Files.exists(out.resolve(DONE))) {
            unpack(given, out);
        }
        return Optional.of(out);
    }

    private static void unpack(Path archive, Path out) {
        try {
            Process tar = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", out.toString())
                    .inheritIO()
                    .start();
            if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IllegalStateException("tar could not unpack " + archive);
            }
            Files.writeString(out.resolve(DONE), archive.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack " + archive + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking " + archive, e);
        }
    }
}
