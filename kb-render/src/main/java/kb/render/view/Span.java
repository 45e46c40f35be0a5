package kb.render.view;

/**
 * A run of an article's text. {@code kind} is {@code text} (plain), {@code link} (a mention of an article in the
 * site, {@code href} set and {@code title} its title) or {@code missing} (a mention of an article not in this
 * archive).
 */
public record Span(String kind, String text, String href, String title) {
    public static Span plain(String text) {
        return new Span("text", text, "", "");
    }

    /** A mention of an article not in this archive (its text is filled in where it is shown). */
    public static Span missing() {
        return new Span("missing", "", "", "not in this archive");
    }
}
