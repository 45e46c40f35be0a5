package kb.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of text inside a block, with its markup: what Markdown writes as {@code *emphasis*}, {@code **strong**},
 * {@code `code`}, {@code ~~struck~~}, links and images. The archive formats have no markup: their blocks hold one
 * {@link Text} each.
 */
public sealed interface Inline {

    /** Plain text, as it reads (entities and escapes decoded). */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Code within a line. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasis (usually shown in italics). */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** Strong emphasis (usually bold). */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Struck-through text. */
    record Strikethrough(List<Inline> content) implements Inline {
        public Strikethrough {
            content = List.copyOf(content);
        }
    }

    /**
     * A link: its target as written (an address, another article's id or source file, a file beside the article, an
     * anchor), its title, its text, and the source line and column it starts at (0 when not known).
     */
    record Link(String target, String title, List<Inline> content, int line, int column) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(title, "title");
            content = List.copyOf(content);
        }
    }

    /**
     * An image: its source as written, its alternative text, its title, and the source line and column it starts at (0
     * when not known).
     */
    record Image(String source, String alt, String title, int line, int column) implements Inline {
        public Image {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A line break the author asked for inside a paragraph. */
    record LineBreak() implements Inline {}

    /** The text of inlines as it reads, without markup: an image counts as its alternative text, a break as a space. */
    static String plain(List<Inline> content) {
        if (content.size() == 1 && content.get(0) instanceof Text t) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        append(content, sb);
        return sb.toString();
    }

    private static void append(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            switch (i) {
                case Text t -> sb.append(t.text());
                case Code c -> sb.append(c.text());
                case Emphasis e -> append(e.content(), sb);
                case Strong s -> append(s.content(), sb);
                case Strikethrough s -> append(s.content(), sb);
                case Link l -> append(l.content(), sb);
                case Image m -> sb.append(m.alt());
                case LineBreak b -> sb.append(' ');
            }
        }
    }
}
