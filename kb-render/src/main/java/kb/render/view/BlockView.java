package kb.render.view;

import java.util.List;

/**
 * A block of an article's body as templates see it; {@code type} tells which: {@code p}, {@code pre}, {@code h3} to
 * {@code h6} ({@link Text}), {@code code} ({@link Code}), {@code ul} and {@code ol} ({@link ListBlock}), {@code quote}
 * ({@link Quote}), {@code table} ({@link Table}) and {@code hr} ({@link Rule}).
 */
public sealed interface BlockView {
    String type();

    /** A paragraph, preformatted text or a heading: its spans. */
    record Text(String type, List<Span> spans) implements BlockView {
        public Text {
            spans = List.copyOf(spans);
        }
    }

    /** Code, verbatim; {@code language} as the author named it ({@code sql}), or empty. */
    record Code(String type, String language, String text) implements BlockView {
        public Code(String language, String text) {
            this("code", language, text);
        }
    }

    /**
     * A list: {@code ul} or {@code ol}, its items, whether it is tight (items are lines, not paragraphs), and for a
     * numbered list the number it starts at.
     */
    record ListBlock(String type, List<ItemView> items, boolean tight, int start) implements BlockView {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * One list item: its marker as written, its number when it is not the one the list would give it (else 0), its
     * blocks, and its check box: {@code open}, {@code done}, or empty for none.
     */
    record ItemView(String marker, int number, List<BlockView> blocks, String task) {
        public ItemView {
            blocks = List.copyOf(blocks);
        }
    }

    /** A quotation's blocks. */
    record Quote(String type, List<BlockView> blocks) implements BlockView {
        public Quote {
            blocks = List.copyOf(blocks);
        }

        public Quote(List<BlockView> blocks) {
            this("quote", blocks);
        }
    }

    /**
     * A table: each column's alignment ({@code left}, {@code center}, {@code right} or empty), the header's cells and
     * the body's rows of cells, each cell its spans.
     */
    record Table(String type, List<String> align, List<List<Span>> header, List<List<List<Span>>> rows)
            implements BlockView {
        public Table {
            align = List.copyOf(align);
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        public Table(List<String> align, List<List<Span>> header, List<List<List<Span>>> rows) {
            this("table", align, header, rows);
        }
    }

    /** A thematic break. */
    record Rule(String type) implements BlockView {
        public Rule() {
            this("hr");
        }
    }
}
