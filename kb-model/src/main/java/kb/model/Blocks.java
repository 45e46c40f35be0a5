package kb.model;

import java.util.List;
import java.util.stream.Collectors;

/** The plain text of blocks, for search fields, summaries and snippets. */
public final class Blocks {
    private Blocks() {}

    /** The text of blocks, one block (or list item) a line. */
    public static String plainText(List<Block> blocks) {
        return blocks.stream().map(Blocks::plainText).collect(Collectors.joining("\n"));
    }

    private static String plainText(Block block) {
        return switch (block) {
            case Block.Paragraph p -> p.text();
            case Block.Preformatted p -> p.text();
            case Block.Subheading h -> h.text();
            case Block.BulletList l -> items(l.items());
            case Block.NumberedList l -> items(l.items());
        };
    }

    private static String items(List<Block.ListItem> items) {
        return items.stream().map(i -> plainText(i.blocks())).collect(Collectors.joining("\n"));
    }
}
