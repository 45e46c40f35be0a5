package kb.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the project's files are, from a test running in any module. */
public final class ProjectFiles {
    /** How many articles the default site's content holds. */
    public static final int ARTICLES = 13;
    /** How many files it holds: the articles, and the image one of them shows. */
    public static final int CONTENT_FILES = ARTICLES + 1;

    private ProjectFiles() {}

    /** The project's root: the nearest folder up from the working directory that holds {@code mvnw}. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("kb-model"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the kb project: " + dir);
    }

    /** The default site's articles. */
    public static Path content() {
        return root().resolve("content");
    }

    /**
     * A copy of the default site's content, articles and the files they link to, in {@code to} (created if missing):
     * for tests that change it.
     */
    public static Path copyContent(Path to) throws IOException {
        return copyTree(content(), to);
    }

    /** A copy of a folder's tree, files' times kept, in {@code to} (created if missing; files there replaced). */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** A scratch folder under the root's {@code target/}, created if missing. */
    public static Path target(String name) {
        try {
            return Files.createDirectories(root().resolve("target").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
