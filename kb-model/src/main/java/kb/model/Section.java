package kb.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of an article: its heading as written (empty for the untitled text before the first heading), its kind,
 * its blocks in order, and the line of the source it starts on.
 */
public record Section(String heading, SectionKind kind, List<Block> blocks, int line) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        blocks = List.copyOf(blocks);
    }
}
