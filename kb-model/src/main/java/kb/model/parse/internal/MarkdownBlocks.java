package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import kb.model.Block;
import kb.model.Inline;
import kb.model.Section;
import kb.model.SectionKind;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (CommonMark with GitHub's tables, strikethrough, autolinks and task lists) into an article's
 * sections: a level-one or level-two heading starts a section, deeper headings are subheadings, and every block and
 * inline keeps its markup. Raw HTML is kept as text, to be shown escaped.
 */
final class MarkdownBlocks {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create(),
                    TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownBlocks() {}

    /** Parses Markdown; line numbers count from the text's first line. */
    static Node parse(String text) {
        return PARSER.parse(text);
    }

    /** The document's sections; the text before the first heading is an untitled section. */
    static List<Section> sections(Node document) {
        List<Section> sections = new ArrayList<>();
        List<Inline> title = List.of();
        int line = 1;
        List<Block> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 2) {
                if (!title.isEmpty() || !blocks.isEmpty()) {
                    sections.add(section(title, line, blocks));
                }
                title = inlines(h);
                line = lineOf(h);
                blocks = new ArrayList<>();
            } else {
                block(n, blocks);
            }
        }
        if (!title.isEmpty() || !blocks.isEmpty() || sections.isEmpty()) {
            sections.add(section(title, line, blocks));
        }
        return sections;
    }

    private static Section section(List<Inline> title, int line, List<Block> blocks) {
        String heading = FieldParser.collapse(Inline.plain(title));
        SectionKind kind = heading.isEmpty() ? SectionKind.OTHER : SectionKind.ofHeading(heading);
        return heading.isEmpty() || (title.size() == 1 && title.get(0) instanceof Inline.Text)
                ? new Section(heading, kind, blocks, line)
                : new Section(heading, kind, blocks, line, title);
    }

    /** The 1-based source line a node starts on, or 0 when it is not known. */
    static int lineOf(Node n) {
        return n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** The column a node starts at in its line, from 1; 0 when not known. */
    static int columnOf(Node n) {
        return n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getColumnIndex() + 1;
    }

    private static List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            block(c, out);
        }
        return out;
    }

    private static void block(Node n, List<Block> out) {
        switch (n) {
            case Heading h -> out.add(new Block.Subheading(Math.max(h.getLevel(), 3), inlines(h)));
            case Paragraph p -> out.add(new Block.Paragraph(inlines(p)));
            case FencedCodeBlock c -> out.add(new Block.Code(language(c.getInfo()), verbatim(c.getLiteral())));
            case IndentedCodeBlock c -> out.add(new Block.Code("", verbatim(c.getLiteral())));
            // Raw HTML is shown as the text it is, never passed on as markup.
            case HtmlBlock c -> out.add(new Block.Paragraph(verbatim(c.getLiteral())));
            case BulletList l -> out.add(new Block.BulletList(items(l), l.isTight()));
            case OrderedList l -> out.add(new Block.NumberedList(items(l), l.isTight()));
            case BlockQuote q -> out.add(new Block.Quote(blocks(q)));
            case ThematicBreak t -> out.add(new Block.Rule());
            case TableBlock t -> out.add(table(t));
            default -> {
                // Link reference definitions: nothing to show.
            }
        }
    }

    /** The first word of a fenced block's info string: {@code ```sql title} is SQL. */
    private static String language(String info) {
        String s = info == null ? "" : info.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static String verbatim(String literal) {
        int end = literal.length();
        while (end > 0 && literal.charAt(end - 1) == '\n') {
            end--;
        }
        return literal.substring(0, end);
    }

    private static List<Block.ListItem> items(Node list) {
        List<Block.ListItem> items = new ArrayList<>();
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        String delimiter =
                list instanceof OrderedList o && o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Block.Task task = Block.Task.NONE;
            List<Block> blocks = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TaskListItemMarker m) {
                    task = m.isChecked() ? Block.Task.DONE : Block.Task.OPEN;
                } else {
                    block(c, blocks);
                }
            }
            String marker = list instanceof OrderedList ? number++ + delimiter : "-";
            items.add(new Block.ListItem(marker, blocks, task));
        }
        return items;
    }

    private static Block.Table table(TableBlock t) {
        List<Block.Align> columns = new ArrayList<>();
        Block.Row header = null;
        List<Block.Row> rows = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(inlines(cell));
                        if (header == null && cell.isHeader()) {
                            columns.add(align(cell.getAlignment()));
                        }
                    }
                }
                if (header == null) {
                    header = new Block.Row(cells);
                } else {
                    rows.add(new Block.Row(cells));
                }
            }
        }
        return new Block.Table(columns, header == null ? new Block.Row(List.of()) : header, rows);
    }

    private static Block.Align align(TableCell.Alignment a) {
        if (a == null) {
            return Block.Align.NONE;
        }
        return switch (a) {
            case LEFT -> Block.Align.LEFT;
            case CENTER -> Block.Align.CENTER;
            case RIGHT -> Block.Align.RIGHT;
        };
    }

    /** A node's inline content; adjacent text (with soft line breaks as spaces) is one run. */
    static List<Inline> inlines(Node parent) {
        Inlines out = new Inlines();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, out);
        }
        return out.done();
    }

    private static void inline(Node n, Inlines out) {
        switch (n) {
            case Text t -> out.text(t.getLiteral());
            case SoftLineBreak b -> out.text(" ");
            case HardLineBreak b -> out.add(new Inline.LineBreak());
            case HtmlInline h -> out.text(h.getLiteral());
            case Code c -> out.add(new Inline.Code(c.getLiteral()));
            case Emphasis e -> out.add(new Inline.Emphasis(inlines(e)));
            case StrongEmphasis s -> out.add(new Inline.Strong(inlines(s)));
            case Strikethrough s -> out.add(new Inline.Strikethrough(inlines(s)));
            case Link l ->
                out.add(new Inline.Link(l.getDestination(), nonNull(l.getTitle()), inlines(l), lineOf(l), columnOf(l)));
            case Image i ->
                out.add(new Inline.Image(
                        i.getDestination(), Inline.plain(inlines(i)), nonNull(i.getTitle()), lineOf(i), columnOf(i)));
            default -> {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    inline(c, out);
                }
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Inlines being collected: runs of text are joined as they come. */
    private static final class Inlines {
        private final List<Inline> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void text(String s) {
            text.append(s);
        }

        void add(Inline i) {
            flush();
            list.add(i);
        }

        private void flush() {
            if (!text.isEmpty()) {
                list.add(new Inline.Text(text.toString()));
                text.setLength(0);
            }
        }

        List<Inline> done() {
            flush();
            return list;
        }
    }
}
