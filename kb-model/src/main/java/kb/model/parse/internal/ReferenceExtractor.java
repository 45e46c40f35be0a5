package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.IdScheme;
import kb.model.Inline;
import kb.model.LinkTarget;
import kb.model.Links;
import kb.model.Mentions;
import kb.model.Reference;
import kb.model.Section;

/**
 * Finds the articles an article mentions: every {@linkplain Mentions mention}, titled when a line or paragraph is a
 * citation. A title wrapped onto the next line of a verbatim block is joined.
 */
final class ReferenceExtractor {
    private static final int WRAP_COLUMN = 64;

    private ReferenceExtractor() {}

    /** One reference per target and section (titled when a mention there is a citation), and per further title. */
    static List<Reference> extract(ArticleId self, List<Section> sections, IdScheme ids) {
        Map<String, Reference> found = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                visit(block, ids, self, section.heading(), found);
            }
            // Links to another article by its id: [the setup article](Q123456).
            for (Links.Linked l : Links.in(section.blocks())) {
                if (!l.image() && l.resolve("", ids) instanceof LinkTarget.Article a) {
                    add(a.id(), "", self, section.heading(), found);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void visit(Block block, IdScheme ids, ArticleId self, String section, Map<String, Reference> found) {
        switch (block) {
            case Block.Paragraph p -> {
                String text = p.text();
                citation(ids, text, self, section, found);
                mentions(ids, text, self, section, found);
            }
            case Block.Preformatted p -> preformatted(ids, p.text(), self, section, found);
            case Block.Subheading h -> mentions(ids, h.text(), self, section, found);
            case Block.BulletList l ->
                l.items().forEach(i -> i.blocks().forEach(b -> visit(b, ids, self, section, found)));
            case Block.NumberedList l ->
                l.items().forEach(i -> i.blocks().forEach(b -> visit(b, ids, self, section, found)));
            case Block.Quote q -> q.blocks().forEach(b -> visit(b, ids, self, section, found));
            case Block.Table t -> {
                List<Block.Row> rows = new ArrayList<>(t.rows());
                rows.add(0, t.header());
                for (Block.Row r : rows) {
                    for (List<Inline> cell : r.cells()) {
                        mentions(ids, Inline.plain(cell), self, section, found);
                    }
                }
            }
            // Code is quoted as it is: an id in it is not a mention.
            case Block.Code c -> {}
            case Block.Rule r -> {}
        }
    }

    private static void preformatted(
            IdScheme ids, String text, ArticleId self, String section, Map<String, Reference> found) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ids.citation(line).isPresent()) {
                StringBuilder cited = new StringBuilder(line);
                for (int j = i; j + 1 < lines.length && wraps(ids, lines[j], lines[j + 1]); j++) {
                    cited.append(' ').append(lines[j + 1].strip());
                }
                citation(ids, cited.toString(), self, section, found);
            }
            mentions(ids, line, self, section, found);
        }
    }

    /** True when {@code next} continues {@code line}: not blank, not a citation, and {@code line} was wrapped. */
    private static boolean wraps(IdScheme ids, String line, String next) {
        String n = next.strip();
        if (n.isEmpty() || ids.citation(next).isPresent() || next.indexOf(n) < line.indexOf(line.strip())) {
            return false;
        }
        int nextWord = n.indexOf(' ') < 0 ? n.length() : n.indexOf(' ');
        return line.stripTrailing().length() + 1 + nextWord >= WRAP_COLUMN;
    }

    private static void citation(
            IdScheme ids, String text, ArticleId self, String section, Map<String, Reference> found) {
        ids.citation(text).ifPresent(c -> add(c.id(), FieldParser.collapse(c.title()), self, section, found));
    }

    private static void mentions(
            IdScheme ids, String text, ArticleId self, String section, Map<String, Reference> found) {
        for (Mentions.Mention m : ids.mentions(text)) {
            add(m.id(), "", self, section, found);
        }
    }

    // One reference per target and section, or one per distinct title when the section cites it more than once.
    private static void add(
            ArticleId target, String title, ArticleId self, String section, Map<String, Reference> found) {
        if (target.equals(self)) {
            return;
        }
        String key = target.value() + "\u0000" + section;
        Reference known = found.get(key);
        if (known == null) {
            found.put(key, new Reference(target, title, section));
        } else if (!title.isEmpty() && known.title().isEmpty()) {
            found.put(key, new Reference(target, title, section));
        } else if (!title.isEmpty() && !known.title().equals(title)) {
            found.putIfAbsent(key + "\u0000" + title, new Reference(target, title, section));
        }
    }
}
