package kb.render.view;

import java.util.List;

/**
 * A block of an article's body as templates see it. {@code type} is {@code p}, {@code pre}, {@code h3},
 * {@code ul} or {@code ol}; text blocks have {@code spans}, lists have {@code items}.
 */
public record BlockView(String type, List<Span> spans, List<ItemView> items) {
    public BlockView {
        spans = List.copyOf(spans);
        items = List.copyOf(items);
    }

    /** One list item: its marker as written and its blocks. */
    public record ItemView(String marker, List<BlockView> blocks) {
        public ItemView {
            blocks = List.copyOf(blocks);
        }
    }
}
