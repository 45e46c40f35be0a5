package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.DiagnosticCode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The YAML front matter of a Markdown article, between a first line {@code ---} and the next line {@code ---} (or
 * {@code ...}), read with a YAML parser in safe mode: the document is composed into nodes and never made into objects
 * (no tags run code), aliases and size are limited. Each field is a text or a list of texts, kept as written
 * ({@code 3.10} stays {@code 3.10}), with the line it is on.
 */
final class FrontMatter {
    /** Front matter larger than this is not read. */
    private static final int MAX_CODE_POINTS = 64 * 1024;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setLabel("front matter")
            .build();

    /**
     * A field: its values (one for a text, any number for a list), whether it was written as a list, and its line in
     * the file.
     */
    record Field(String name, List<String> values, boolean list, int line) {
        /** The values as one text: a list's items joined by {@code ", "}. */
        String text() {
            return String.join(", ", values).strip();
        }
    }

    /**
     * What the file holds: its fields by name, and the Markdown after the front matter, with the front matter's lines
     * left blank so that lines count from the top of the file.
     */
    record Read(Map<String, Field> fields, String body) {}

    private FrontMatter() {}

    /** Reads the front matter of a file that starts with {@code ---}; empty, with an error reported, if it cannot. */
    static Optional<Read> read(String text, Diagnostics diagnostics) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.report(
                    1,
                    DiagnosticCode.UNCLOSED_FRONT_MATTER,
                    "front matter opened on line 1 is never closed with '---'; the article is skipped");
            return Optional.empty();
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml.toString());
            if (root.isPresent() && !(root.get() instanceof MappingNode)) {
                diagnostics.report(
                        line(root.get()),
                        column(root.get()),
                        DiagnosticCode.BAD_FRONT_MATTER,
                        "front matter must be fields such as 'title: ...'; the article is skipped");
                return Optional.empty();
            }
            if (root.isPresent()) {
                for (NodeTuple t : ((MappingNode) root.get()).getValue()) {
                    field(t, fields, diagnostics);
                }
            }
        } catch (MarkedYamlEngineException e) {
            // A value left open (a quote, a bracket) runs to the end: the line it starts on is the one to fix.
            Optional<Mark> where = e.getProblem().contains("end of stream")
                            && e.getContextMark().isPresent()
                    ? e.getContextMark()
                    : e.getProblemMark();
            diagnostics.report(
                    where.map(m -> m.getLine() + 2).orElse(1),
                    where.map(m -> m.getColumn() + 1).orElse(0),
                    DiagnosticCode.BAD_FRONT_MATTER,
                    "front matter is not valid YAML: " + e.getProblem() + problemContext(e)
                            + "; the article is skipped");
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(
                    1,
                    DiagnosticCode.BAD_FRONT_MATTER,
                    "front matter cannot be read: " + e.getMessage() + "; the article is skipped");
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The YAML reader descends once for each list or map opened in another: thousands of '[' exhaust it.
            diagnostics.report(
                    2,
                    DiagnosticCode.BAD_FRONT_MATTER,
                    "front matter nests lists or maps too deeply to be read; the article is skipped");
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > close) {
                body.append(lines[i]);
            }
            if (i + 1 < lines.length) {
                body.append('\n');
            }
        }
        return Optional.of(new Read(fields, body.toString()));
    }

    private static String problemContext(MarkedYamlEngineException e) {
        return e.getContext() == null || e.getContext().isBlank() ? "" : " (" + e.getContext() + ")";
    }

    private static void field(NodeTuple t, Map<String, Field> fields, Diagnostics diagnostics) {
        int line = line(t.getKeyNode());
        int column = column(t.getKeyNode());
        if (!(t.getKeyNode() instanceof ScalarNode key)) {
            diagnostics.report(
                    line, column, DiagnosticCode.BAD_FRONT_MATTER_FIELD, "a front matter field's name must be a word");
            return;
        }
        String name = key.getValue().strip();
        Field f = switch (t.getValueNode()) {
            case ScalarNode s -> new Field(name, List.of(scalar(s)), false, line);
            case SequenceNode s -> list(name, s, line, diagnostics);
            default -> null;
        };
        if (f == null) {
            diagnostics.report(
                    line,
                    column,
                    DiagnosticCode.BAD_FRONT_MATTER_FIELD,
                    "front matter field '" + name + "' must be a text or a list of texts; it is left out");
            return;
        }
        if (fields.containsKey(name)) {
            diagnostics.report(
                    line,
                    column,
                    DiagnosticCode.BAD_FRONT_MATTER_FIELD,
                    "front matter field '" + name + "' is given again (first on line "
                            + fields.get(name).line() + "); the last one is used");
        }
        fields.put(name, f);
    }

    private static Field list(String name, SequenceNode s, int line, Diagnostics diagnostics) {
        List<String> values = new ArrayList<>();
        for (Node item : s.getValue()) {
            if (item instanceof ScalarNode v) {
                String value = scalar(v).strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
            } else {
                diagnostics.report(
                        line(item),
                        column(item),
                        DiagnosticCode.BAD_FRONT_MATTER_FIELD,
                        "an item of front matter field '" + name + "' must be a text; it is left out");
            }
        }
        return new Field(name, values, true, line);
    }

    private static String scalar(ScalarNode s) {
        return s.getTag().equals(Tag.NULL) ? "" : s.getValue();
    }

    /** The file's line of a node: the front matter starts on the file's second line. */
    private static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 2;
    }

    /** The column a node starts at, from 1; 0 when the parser did not say. */
    private static int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
