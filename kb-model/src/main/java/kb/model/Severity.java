package kb.model;

/** How bad a diagnostic is. An error means the article, or part of it, could not be read. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
