package kb.model.corpus;

import java.nio.file.Path;

/**
 * A file that may hold an article: its path, its name relative to the content folder with {@code /} between folders
 * (as diagnostics and the saved state name it), and the size and time that tell whether it may have changed.
 */
public record SourceFile(Path path, String name, long size, long modifiedMillis) {}
