package kb.model;

import java.util.List;
import java.util.Objects;

/** A piece of a section's content. */
public sealed interface Block {

    /**
     * Prose: its inline content. In the archive formats a paragraph is one run of text, re-flowed (the source's line
     * breaks replaced by single spaces).
     */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        /** A paragraph of plain text. */
        public Paragraph(String text) {
            this(List.of(new Inline.Text(text)));
        }

        /** The paragraph's text without markup. */
        public String text() {
            return Inline.plain(content);
        }
    }

    /** Text whose line breaks and spacing matter (logs, code, registry keys, tables), kept verbatim. */
    record Preformatted(String text) implements Block {
        public Preformatted {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A block of code, verbatim, with its language when the author named one ({@code ```sql}), else empty. */
    record Code(String language, String text) implements Block {
        public Code {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A heading inside a section: its level (3 for a line underlined with dashes or a Markdown {@code ###}, up to 6)
     * and its content.
     */
    record Subheading(int level, List<Inline> content) implements Block {
        public Subheading {
            content = List.copyOf(content);
        }

        /** A level-3 heading of plain text. */
        public Subheading(String text) {
            this(3, List.of(new Inline.Text(text)));
        }

        /** The heading's text without markup. */
        public String text() {
            return Inline.plain(content);
        }
    }

    /** A bullet list; a tight list's items are lines, a loose one's are paragraphs. */
    record BulletList(List<ListItem> items, boolean tight) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        /** A loose list. */
        public BulletList(List<ListItem> items) {
            this(items, false);
        }
    }

    /** Numbered steps; each item keeps its number as written. */
    record NumberedList(List<ListItem> items, boolean tight) implements Block {
        public NumberedList {
            items = List.copyOf(items);
        }

        /** A loose list. */
        public NumberedList(List<ListItem> items) {
            this(items, false);
        }
    }

    /** One item of a list: its marker as written ({@code -}, {@code 2.}), its content, and its check box if any. */
    record ListItem(String marker, List<Block> blocks, Task task) {
        public ListItem {
            Objects.requireNonNull(marker, "marker");
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(task, "task");
        }

        /** An item without a check box. */
        public ListItem(String marker, List<Block> blocks) {
            this(marker, blocks, Task.NONE);
        }
    }

    /** Whether a list item is a task, and whether it is done ({@code - [x]}). */
    enum Task {
        NONE,
        OPEN,
        DONE
    }

    /** A quotation: blocks set apart. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table: how each column is aligned, its header row, and its body rows. */
    record Table(List<Align> columns, Row header, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            Objects.requireNonNull(header, "header");
            rows = List.copyOf(rows);
        }
    }

    /** One row of a table: each cell's content. */
    record Row(List<List<Inline>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** A column's alignment. */
    enum Align {
        NONE,
        LEFT,
        CENTER,
        RIGHT
    }

    /** A thematic break between parts of a section. */
    record Rule() implements Block {}
}
