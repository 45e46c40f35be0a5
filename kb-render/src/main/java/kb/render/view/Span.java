package kb.render.view;

import java.util.List;

/**
 * A run of an article's text, with what is inside it. {@code kind} is one of:
 *
 * <ul>
 *   <li>{@code text}: plain text;
 *   <li>{@code link}: a mention of an article in the site ({@code href} set, {@code title} its title);
 *   <li>{@code missing}: a mention of an article not in this archive;
 *   <li>{@code em}, {@code strong}, {@code del}: emphasis, strong emphasis, struck text, around {@code children};
 *   <li>{@code code}: code within a line ({@code text});
 *   <li>{@code a}: a link the author wrote, to {@code href} (with an optional {@code title}), around {@code children};
 *   <li>{@code img}: an image, from {@code href}, with {@code text} its alternative text and an optional {@code title};
 *   <li>{@code br}: a line break.
 * </ul>
 */
public record Span(String kind, String text, String href, String title, List<Span> children) {
    public Span {
        children = List.copyOf(children);
    }

    public Span(String kind, String text, String href, String title) {
        this(kind, text, href, title, List.of());
    }

    public static Span plain(String text) {
        return new Span("text", text, "", "");
    }

    /** A mention of an article not in this archive (its text is filled in where it is shown). */
    public static Span missing() {
        return new Span("missing", "", "", "not in this archive");
    }

    /** Markup around other spans: {@code em}, {@code strong}, {@code del}. */
    public static Span around(String kind, List<Span> children) {
        return new Span(kind, "", "", "", children);
    }
}
