package kb.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are, from a test running in any module. */
public final class ProjectFiles {
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

    /** A scratch folder under the root's {@code target/}, created if missing. */
    public static Path target(String name) {
        try {
            return Files.createDirectories(root().resolve("target").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
