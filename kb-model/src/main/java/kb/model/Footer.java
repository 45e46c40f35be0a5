package kb.model;

import java.util.List;
import java.util.Objects;

/**
 * The fields after an article's last divider: Keywords, Technology, Version, Issue type and Solution Type, plus any
 * other {@code Name : value} line kept as read.
 */
public record Footer(
        List<String> keywords,
        List<String> technology,
        String version,
        String issueType,
        String solutionType,
        List<Field> other) {

    public static final Footer NONE = new Footer(List.of(), List.of(), "", "", "", List.of());

    public Footer {
        keywords = List.copyOf(keywords);
        technology = List.copyOf(technology);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(solutionType, "solutionType");
        other = List.copyOf(other);
    }

    /** A footer line kb has no field for. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
