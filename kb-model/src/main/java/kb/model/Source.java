package kb.model;

import java.util.Objects;

/** Where an article came from: its path as given to the parser, and the format it was read as. */
public record Source(String path, SourceFormat format) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
