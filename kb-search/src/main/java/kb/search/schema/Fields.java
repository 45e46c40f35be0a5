package kb.search.schema;

import java.util.List;
import java.util.stream.Collectors;
import kb.model.Article;
import kb.model.Block;
import kb.model.Section;
import kb.model.SectionKind;

/** The index's fields, defined once, and the text of an article that goes into each. */
public final class Fields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String SYMPTOMS = "symptoms";
    public static final String CAUSE = "cause";
    public static final String RESOLUTION = "resolution";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";

    private Fields() {}

    /**
     * What the article says a user sees: its SYMPTOMS section, or for how-to articles without one its SUMMARY, or
     * else its first section.
     */
    public static String symptoms(Article article) {
        Section s = article.section(SectionKind.SYMPTOMS)
                .or(() -> article.section(SectionKind.SUMMARY))
                .orElse(article.sections().get(0));
        return text(s.blocks());
    }

    /** The plain text of blocks, one block a line. */
    public static String text(List<Block> blocks) {
        return blocks.stream().map(Fields::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block block) {
        return switch (block) {
            case Block.Paragraph p -> p.text();
            case Block.Preformatted p -> p.text();
            case Block.Subheading h -> h.text();
            case Block.BulletList l -> l.items().stream().map(i -> text(i.blocks())).collect(Collectors.joining("\n"));
            case Block.NumberedList l -> l.items().stream().map(i -> text(i.blocks())).collect(Collectors.joining("\n"));
        };
    }
}
