package kb.model.parse;

import java.util.Objects;
import java.util.Optional;
import kb.model.SourceFormat;

/** The format a source looks like, how sure the detector is (0 to 1), and why. An empty format means unknown. */
public record Detection(Optional<SourceFormat> format, double confidence, String reason) {
    public Detection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reason, "reason");
    }

    static Detection of(SourceFormat format, double confidence, String reason) {
        return new Detection(Optional.of(format), confidence, reason);
    }

    static Detection unknown(String reason) {
        return new Detection(Optional.empty(), 0, reason);
    }
}
