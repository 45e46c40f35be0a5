package kb.model.parse;

import java.util.Objects;
import java.util.Optional;
import kb.model.SourceFormat;

/** The format a source looks like, and why. An empty format means unknown. */
public record Detection(Optional<SourceFormat> format, String reason) {
    public Detection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
    }

    static Detection of(SourceFormat format, String reason) {
        return new Detection(Optional.of(format), reason);
    }

    static Detection unknown(String reason) {
        return new Detection(Optional.empty(), reason);
    }
}
