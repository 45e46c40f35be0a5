package kb.model;

import java.util.List;
import java.util.Objects;

/** The versions field as written ({@code WINDOWS:97; winnt:4.0}) and split into single versions. */
public record Versions(String written, List<ProductVersion> values) {
    public static final Versions NONE = new Versions("", List.of());

    public Versions {
        Objects.requireNonNull(written, "written");
        values = List.copyOf(values);
    }
}
