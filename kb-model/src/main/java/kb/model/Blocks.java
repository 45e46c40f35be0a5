package kb.model;

import java.util.List;
import java.util.stream.Collectors;

/** The plain text of blocks, for search fields, summaries and snippets. */
public final class Blocks {
    private Blocks() {}

    /** The text of blocks, one block (or list item, or table row) a line. */
    public static String plainText(List<Block> blocks) {
        return blocks.stream().map(Blocks::plainText).collect(Collectors.joining("\n"));
    }

    private static String plainText(Block block) {
        return switch (block) {
            case Block.Paragraph p -> p.text();
            case Block.Preformatted p -> p.text();
            case Block.Code c -> c.text();
            case Block.Subheading h -> h.text();
            case Block.BulletList l -> items(l.items());
            case Block.NumberedList l -> items(l.items());
            case Block.Quote q -> plainText(q.blocks());
            case Block.Table t -> rows(t);
            case Block.Rule r -> "";
        };
    }

    private static String items(List<Block.ListItem> items) {
        return items.stream().map(i -> plainText(i.blocks())).collect(Collectors.joining("\n"));
    }

    private static String rows(Block.Table t) {
        StringBuilder sb = new StringBuilder(row(t.header()));
        t.rows().forEach(r -> sb.append('\n').append(row(r)));
        return sb.toString();
    }

    private static String row(Block.Row r) {
        return r.cells().stream().map(Inline::plain).collect(Collectors.joining(" "));
    }
}
