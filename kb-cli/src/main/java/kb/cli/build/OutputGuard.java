package kb.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Keeps a build from writing where it must not: the output folder may not be the content folder, inside it, one of
 * its parents, the home folder or {@code /}, and an existing output folder must be empty or a site kb made (it
 * holds the marker file).
 */
final class OutputGuard {
    /** The file that marks a folder as a site kb made, and so one kb may replace. */
    static final String MARKER = ".kb-site";

    private OutputGuard() {}

    /** Why kb must not build into {@code out}, or null when it may. */
    static String refusal(Path content, Path out) throws IOException {
        Path c = content.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (o.getParent() == null) {
            return "refusing to build into the root folder " + o;
        }
        if (o.equals(home)) {
            return "refusing to build into your home folder " + o;
        }
        if (o.equals(c)) {
            return "refusing to build into the content folder " + o;
        }
        if (c.startsWith(o)) {
            return "refusing to build into " + o + ": it holds the content folder " + c;
        }
        if (o.startsWith(c)) {
            return "refusing to build into " + o + ": it is inside the content folder " + c
                    + " (its pages would be read as articles)";
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return "refusing to build into " + o + ": it is a file";
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return "refusing to build into " + o + ": the folder is not empty and was not made by kb build"
                    + " (no " + MARKER + " file); choose an empty or new folder";
        }
        return null;
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
