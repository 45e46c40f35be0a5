package kb.model;

import java.util.ArrayList;
import java.util.List;

/** Every link and image in blocks, in order, with the target as written and its place in the source. */
public final class Links {
    /** A link or an image: its target as written, whether it is an image, the line and column it starts at. */
    public record Linked(String target, boolean image, int line, int column) {
        /**
         * What the target points at, for an article whose source is at {@code source} in the content folder, in a
         * knowledge base whose ids are {@code ids}.
         */
        public LinkTarget resolve(String source, IdScheme ids) {
            return LinkTarget.of(target, source, image, ids);
        }
    }

    private Links() {}

    /** The links and images of blocks, nested ones included. */
    public static List<Linked> in(List<Block> blocks) {
        List<Linked> out = new ArrayList<>();
        blocks(blocks, out);
        return out;
    }

    private static void blocks(List<Block> blocks, List<Linked> out) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> inlines(p.content(), out);
                case Block.Subheading h -> inlines(h.content(), out);
                case Block.BulletList l -> l.items().forEach(i -> blocks(i.blocks(), out));
                case Block.NumberedList l -> l.items().forEach(i -> blocks(i.blocks(), out));
                case Block.Quote q -> blocks(q.blocks(), out);
                case Block.Table t -> {
                    t.header().cells().forEach(c -> inlines(c, out));
                    t.rows().forEach(r -> r.cells().forEach(c -> inlines(c, out)));
                }
                case Block.Preformatted p -> {}
                case Block.Code c -> {}
                case Block.Rule r -> {}
            }
        }
    }

    private static void inlines(List<Inline> content, List<Linked> out) {
        for (Inline i : content) {
            switch (i) {
                case Inline.Link l -> {
                    out.add(new Linked(l.target(), false, l.line(), l.column()));
                    inlines(l.content(), out);
                }
                case Inline.Image m -> out.add(new Linked(m.source(), true, m.line(), m.column()));
                case Inline.Emphasis e -> inlines(e.content(), out);
                case Inline.Strong s -> inlines(s.content(), out);
                case Inline.Strikethrough s -> inlines(s.content(), out);
                case Inline.Text t -> {}
                case Inline.Code c -> {}
                case Inline.LineBreak b -> {}
            }
        }
    }
}
