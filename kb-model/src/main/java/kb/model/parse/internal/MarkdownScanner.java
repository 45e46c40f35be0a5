package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Authoring;
import kb.model.DiagnosticCode;
import kb.model.Footer;
import kb.model.IdScheme;
import kb.model.LinkTarget;
import kb.model.Links;
import kb.model.Modified;
import kb.model.Section;
import kb.model.Source;
import kb.model.SourceFormat;
import kb.model.Versions;
import org.commonmark.node.Node;

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
            "permalink",
            "author",
            "summary",
            "tags",
            "draft",
            "aliases");

    /** The folders and files of a site that kb's own pages use: no alias may take them. */
    private static final Set<String> RESERVED = Set.of(
            "kb",
            "id",
            "keyword",
            "year",
            "az",
            "missing",
            "search",
            "static",
            "files",
            "index.html",
            "404.html",
            "robots.txt",
            "sitemap.xml",
            "feed.xml",
            "articles.json");

    private final IdScheme ids;

    MarkdownScanner(IdScheme ids) {
        this.ids = ids;
    }

    Optional<Article> scan(String text, Diagnostics diagnostics) {
        Optional<FrontMatter.Read> read = FrontMatter.read(text, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FrontMatter.Field> data = read.get().fields();
        for (FrontMatter.Field f : data.values()) {
            if (!KNOWN.contains(f.name())) {
                diagnostics.report(
                        f.line(),
                        DiagnosticCode.UNKNOWN_FRONT_MATTER_FIELD,
                        "unknown front matter field '" + f.name() + "'");
            }
        }
        String idText = one(data, "id");
        Optional<ArticleId> id = ids.parse(idText);
        if (id.isEmpty()) {
            diagnostics.report(
                    line(data, "id"),
                    DiagnosticCode.NO_ID,
                    idText.isEmpty()
                            ? "front matter has no 'id: Qnnn' field; the article is skipped"
                            : "front matter id is " + ids.notAnId(idText));
            return Optional.empty();
        }
        String title = FieldParser.title(one(data, "title"));
        if (title.isEmpty()) {
            diagnostics.report(line(data, "title"), DiagnosticCode.NO_TITLE, "article " + id.get() + " has no title");
        }
        Modified modified = FieldParser.date(one(data, "modified"));
        if (modified.date() == null && !modified.written().isEmpty()) {
            diagnostics.report(
                    line(data, "modified"),
                    DiagnosticCode.BAD_DATE,
                    "modified is not a date (use 2026-03-14 or 14-MAR-2026): '" + modified.written() + "'");
        }
        Node document = MarkdownBlocks.parse(read.get().body());
        List<Section> sections = MarkdownBlocks.sections(document);
        for (Section s : sections) {
            for (Links.Linked l : Links.in(s.blocks())) {
                if (l.resolve(diagnostics.source(), ids) instanceof LinkTarget.Refused r) {
                    diagnostics.report(
                            l.line(),
                            l.column(),
                            DiagnosticCode.REFUSED_LINK,
                            (l.image() ? "image '" : "link to '") + r.written() + "' is shown as text: " + r.reason());
                }
            }
        }
        String versions = one(data, "versions");
        // Tags are keywords by the name most sites give them.
        List<String> keywords = new ArrayList<>(words(data, "keywords"));
        words(data, "tags").stream().filter(t -> !keywords.contains(t)).forEach(keywords::add);
        Footer footer = new Footer(
                keywords,
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
                keywords,
                items(data, "applies_to"),
                sections,
                ReferenceExtractor.extract(id.get(), sections, ids),
                words(data, "query_words"),
                footer,
                new Source(diagnostics.source(), SourceFormat.MARKDOWN),
                new Authoring(
                        one(data, "author"),
                        FieldParser.collapse(one(data, "summary")),
                        draft(data, diagnostics),
                        aliases(data, diagnostics))));
    }

    /** Whether {@code draft:} says yes; a value that is neither yes nor no is a warning, and the article is no draft. */
    private static boolean draft(Map<String, FrontMatter.Field> data, Diagnostics diagnostics) {
        String v = one(data, "draft").toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "", "false", "no", "off" -> false;
            default -> {
                diagnostics.report(
                        line(data, "draft"),
                        DiagnosticCode.BAD_FRONT_MATTER_FIELD,
                        "draft must be true or false, not '" + one(data, "draft") + "'; the article is published");
                yield false;
            }
        };
    }

    /**
     * The site paths the article was at before, from the site's root ({@code /old/page.html} and {@code old/page.html}
     * are the same); an address or a path that climbs out of the site, or that kb's own pages use, is a warning.
     */
    private static List<String> aliases(Map<String, FrontMatter.Field> data, Diagnostics diagnostics) {
        List<String> out = new ArrayList<>();
        for (String written : items(data, "aliases")) {
            String path = written.strip().replaceFirst("^/+", "");
            String problem;
            if (path.isEmpty()
                    || path.contains("://")
                    || path.contains("\\")
                    || path.contains("?")
                    || path.contains("#")) {
                problem = "is not a path in the site";
            } else if (java.util.Arrays.asList(path.split("/", -1)).contains("..")) {
                problem = "climbs out of the site";
            } else if (RESERVED.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + "/"))) {
                problem = "is where kb's own pages are";
            } else {
                out.add(path);
                continue;
            }
            diagnostics.report(
                    line(data, "aliases"),
                    DiagnosticCode.BAD_FRONT_MATTER_FIELD,
                    "alias '" + written + "' " + problem + "; it is left out");
        }
        return out;
    }

    /** A field's value as one text (a list's items joined by commas), or empty. */
    private static String one(Map<String, FrontMatter.Field> data, String key) {
        FrontMatter.Field f = data.get(key);
        return f == null ? "" : f.text();
    }

    /** The line of a field, or the front matter's first line when it has none. */
    private static int line(Map<String, FrontMatter.Field> data, String key) {
        FrontMatter.Field f = data.get(key);
        return f == null ? 1 : f.line();
    }

    /** Words: a list's items, or a text split at spaces. */
    private static List<String> words(Map<String, FrontMatter.Field> data, String key) {
        FrontMatter.Field f = data.get(key);
        if (f == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        f.values().forEach(v -> out.addAll(FieldParser.words(v)));
        return out;
    }

    /** Items: a list's items as they are, or a text split at commas. */
    private static List<String> items(Map<String, FrontMatter.Field> data, String key) {
        FrontMatter.Field f = data.get(key);
        if (f == null) {
            return List.of();
        }
        return f.list() ? f.values() : FieldParser.items(f.text());
    }
}
