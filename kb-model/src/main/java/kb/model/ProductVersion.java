package kb.model;

import java.util.Objects;

/** One version an article applies to: {@code winnt:4.0} is platform {@code winnt}, version {@code 4.0}. */
public record ProductVersion(String platform, String version) {
    public ProductVersion {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return platform.isEmpty() ? version : platform + ":" + version;
    }
}
