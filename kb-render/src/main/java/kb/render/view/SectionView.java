package kb.render.view;

import java.util.List;

/**
 * A section: its heading as plain text (empty for the untitled first one), the anchor for links to it, its kind, its
 * blocks, and its heading with its markup.
 */
public record SectionView(String heading, String anchor, String kind, List<BlockView> blocks, List<Span> title) {
    public SectionView {
        blocks = List.copyOf(blocks);
        title = List.copyOf(title);
    }
}
