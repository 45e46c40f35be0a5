package kb.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of an article: its heading as plain text (empty for the untitled text before the first heading), its
 * kind, its blocks in order, the line of the source it starts on, and the heading with its markup (a Markdown
 * {@code ## The *Sync* agent}; one run of text in the archive formats).
 */
public record Section(String heading, SectionKind kind, List<Block> blocks, int line, List<Inline> title) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        blocks = List.copyOf(blocks);
        title = List.copyOf(title);
    }

    /** A section whose heading has no markup. */
    public Section(String heading, SectionKind kind, List<Block> blocks, int line) {
        this(heading, kind, blocks, line, heading.isEmpty() ? List.of() : List.of(new Inline.Text(heading)));
    }
}
