package kb.render.view;

import java.util.List;

/** A section: its heading (empty for the untitled first one), the anchor for links to it, its kind, its blocks. */
public record SectionView(String heading, String anchor, String kind, List<BlockView> blocks) {
    public SectionView {
        blocks = List.copyOf(blocks);
    }
}
