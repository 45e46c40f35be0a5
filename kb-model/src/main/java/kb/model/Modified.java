package kb.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The last-modified date of an article: as written ({@code 25-JUN-2000}) and parsed. {@code date} is null when
 * the article gives none or gives one that is not a date; {@link #parsed()} is the null-safe view.
 */
public record Modified(String written, LocalDate date) {
    public static final Modified NONE = new Modified("", null);

    public Modified {
        Objects.requireNonNull(written, "written");
    }

    public Optional<LocalDate> parsed() {
        return Optional.ofNullable(date);
    }
}
