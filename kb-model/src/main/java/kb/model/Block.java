package kb.model;

import java.util.List;
import java.util.Objects;

/** A piece of a section's content. */
public sealed interface Block {

    /** Prose, re-flowed: the source's line breaks are replaced by single spaces. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text whose line breaks and spacing matter (logs, code, registry keys, tables), kept verbatim. */
    record Preformatted(String text) implements Block {
        public Preformatted {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A heading inside a section (a line underlined with dashes, or a Markdown {@code ###}). */
    record Subheading(String text) implements Block {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A bullet list. */
    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** Numbered steps; each item keeps its number as written. */
    record NumberedList(List<ListItem> items) implements Block {
        public NumberedList {
            items = List.copyOf(items);
        }
    }

    /** One item of a list: its marker as written ({@code -}, {@code 2.}) and its content. */
    record ListItem(String marker, List<Block> blocks) {
        public ListItem {
            Objects.requireNonNull(marker, "marker");
            blocks = List.copyOf(blocks);
        }
    }
}
