package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.DiagnosticCode;
import kb.model.Footer;
import kb.model.Modified;
import kb.model.Section;
import kb.model.SectionKind;
import kb.model.Source;
import kb.model.SourceFormat;
import kb.model.Versions;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown articles with YAML front matter, for articles a team writes today:
 *
 * <pre>
 * ---
 * id: Q900001
 * title: Sync stops with error 0x80070005
 * product: acme
 * products: Acme Sync Server
 * versions: 3.1, 3.2
 * modified: 2026-03-14
 * keywords: kbsync kberrmsg
 * issue_type: kbbug
 * ---
 *
 * ## Symptoms
 * ...
 * </pre>
 *
 * Sections start at level-two headings; deeper headings are subheadings. Fields with several values take a YAML
 * list or a single line separated by spaces (keywords) or commas (the others).
 */
final class MarkdownScanner {
    private static final Set<String> KNOWN = Set.of(
            "id",
            "title",
            "product",
            "products",
            "versions",
            "os",
            "keywords",
            "modified",
            "applies_to",
            "issue_type",
            "solution_type",
            "technology",
            "query_words",
            "layout",
            "permalink");

    private final Parser parser = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    Optional<Article> scan(String text, Diagnostics diagnostics) {
        Node document;
        Map<String, List<String>> data;
        try {
            document = parser.parse(text);
            YamlFrontMatterVisitor yaml = new YamlFrontMatterVisitor();
            document.accept(yaml);
            data = yaml.getData();
        } catch (RuntimeException e) {
            // The front matter extension throws on some malformed values, such as a lone opening quote.
            diagnostics.report(
                    1,
                    DiagnosticCode.BAD_FRONT_MATTER,
                    "cannot read the front matter (an unclosed quote?): " + e.getMessage());
            return Optional.empty();
        }
        for (String key : data.keySet()) {
            if (!KNOWN.contains(key)) {
                diagnostics.report(
                        0, DiagnosticCode.UNKNOWN_FRONT_MATTER_FIELD, "unknown front matter field '" + key + "'");
            }
        }
        String idText = one(data, "id");
        Optional<ArticleId> id = ArticleId.parse(idText);
        if (id.isEmpty()) {
            diagnostics.report(
                    1,
                    DiagnosticCode.NO_ID,
                    idText.isEmpty()
                            ? "front matter has no 'id: Qnnn' field; the article is skipped"
                            : "front matter id is not an article id: '" + idText + "'");
            return Optional.empty();
        }
        String title = FieldParser.title(one(data, "title"));
        if (title.isEmpty()) {
            diagnostics.report(1, DiagnosticCode.NO_TITLE, "article " + id.get() + " has no title");
        }
        Modified modified = FieldParser.date(one(data, "modified"));
        if (modified.date() == null && !modified.written().isEmpty()) {
            diagnostics.report(
                    0,
                    DiagnosticCode.BAD_DATE,
                    "modified is not a date (use 2026-03-14 or 14-MAR-2026): '" + modified.written() + "'");
        }
        List<Section> sections = new SectionBuilder(text.split("\r\n|\r|\n", -1)).sections(document);
        String versions = String.join(", ", data.getOrDefault("versions", List.of()));
        Footer footer = new Footer(
                words(data, "keywords"),
                words(data, "technology"),
                versions,
                one(data, "issue_type"),
                one(data, "solution_type"),
                List.of());
        return Optional.of(new Article(
                id.get(),
                title,
                modified,
                items(data, "product"),
                items(data, "products"),
                versions.isEmpty() ? Versions.NONE : FieldParser.versions(versions),
                items(data, "os"),
                words(data, "keywords"),
                items(data, "applies_to"),
                sections,
                ReferenceExtractor.extract(id.get(), sections),
                words(data, "query_words"),
                footer,
                new Source(diagnostics.source(), SourceFormat.MARKDOWN)));
    }

    private static String one(Map<String, List<String>> data, String key) {
        return String.join(" ", data.getOrDefault(key, List.of())).strip();
    }

    private static List<String> words(Map<String, List<String>> data, String key) {
        return FieldParser.words(one(data, key));
    }

    private static List<String> items(Map<String, List<String>> data, String key) {
        List<String> out = new ArrayList<>();
        for (String v : data.getOrDefault(key, List.of())) {
            out.addAll(FieldParser.items(v));
        }
        return out;
    }

    /** Turns the document's blocks into sections; keeps the source lines to copy tables verbatim. */
    private static final class SectionBuilder {
        private final String[] lines;

        SectionBuilder(String[] lines) {
            this.lines = lines;
        }

        List<Section> sections(Node document) {
            List<Section> sections = new ArrayList<>();
            String heading = "";
            int line = 1;
            List<Block> blocks = new ArrayList<>();
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && h.getLevel() <= 2) {
                    if (!heading.isEmpty() || !blocks.isEmpty()) {
                        sections.add(section(heading, line, blocks));
                    }
                    heading = inline(h);
                    line = lineOf(h);
                    blocks = new ArrayList<>();
                } else {
                    block(n, blocks);
                }
            }
            if (!heading.isEmpty() || !blocks.isEmpty() || sections.isEmpty()) {
                sections.add(section(heading, line, blocks));
            }
            return sections;
        }

        private Section section(String heading, int line, List<Block> blocks) {
            SectionKind kind = heading.isEmpty() ? SectionKind.OTHER : SectionKind.ofHeading(heading);
            return new Section(heading, kind, blocks, line);
        }

        private int lineOf(Node n) {
            return n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
        }

        private void block(Node n, List<Block> out) {
            switch (n) {
                case Heading h -> out.add(new Block.Subheading(inline(h)));
                case Paragraph p ->
                    out.add(isTable(p) ? new Block.Preformatted(source(p)) : new Block.Paragraph(inline(p)));
                case FencedCodeBlock c ->
                    out.add(new Block.Preformatted(c.getLiteral().stripTrailing()));
                case IndentedCodeBlock c ->
                    out.add(new Block.Preformatted(c.getLiteral().stripTrailing()));
                case HtmlBlock c ->
                    out.add(new Block.Preformatted(c.getLiteral().stripTrailing()));
                case BulletList l -> out.add(new Block.BulletList(items(l, false)));
                case OrderedList l -> out.add(new Block.NumberedList(items(l, true)));
                case BlockQuote q -> {
                    for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                        block(c, out);
                    }
                }
                case ThematicBreak t -> {}
                default -> {
                    String text = inline(n);
                    if (!text.isBlank()) {
                        out.add(new Block.Paragraph(text));
                    }
                }
            }
        }

        private List<Block.ListItem> items(Node list, boolean numbered) {
            List<Block.ListItem> items = new ArrayList<>();
            int number =
                    list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                List<Block> blocks = new ArrayList<>();
                if (item instanceof ListItem) {
                    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                        block(c, blocks);
                    }
                }
                items.add(new Block.ListItem(numbered ? number++ + "." : "-", blocks));
            }
            return items;
        }

        /** A paragraph whose source lines start with {@code |}: a table, kept as written. */
        private boolean isTable(Paragraph p) {
            return source(p).startsWith("|");
        }

        private String source(Node n) {
            var spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return "";
            }
            int first = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            StringBuilder sb = new StringBuilder();
            for (int i = first; i <= last && i < lines.length; i++) {
                sb.append(i > first ? "\n" : "").append(lines[i].strip());
            }
            return sb.toString();
        }
    }

    /** The text of a node's inline content, line breaks as spaces. */
    private static String inline(Node node) {
        StringBuilder sb = new StringBuilder();
        appendInline(node, sb);
        return FieldParser.collapse(sb.toString());
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            switch (c) {
                case Text t -> sb.append(t.getLiteral());
                case Code code -> sb.append(code.getLiteral());
                case SoftLineBreak b -> sb.append(' ');
                case HardLineBreak b -> sb.append(' ');
                default -> appendInline(c, sb);
            }
        }
    }
}
