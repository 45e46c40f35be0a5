package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.DiagnosticCode;
import kb.model.IdScheme;
import kb.model.SourceFormat;

/**
 * A Jekyll page of the archive:
 *
 * <pre>
 * ---
 * layout: page
 * title: "Q256211: SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded"
 * permalink: kb/256/Q256211/
 * ---
 *
 * ## Q256211: SMS: Smsapm32.exe Does Not Stop When Client Agent Is Upgraded
 *
 * {% raw %}
 * &lt;tab&gt;Article: Q256211
 * &lt;tab&gt;...
 * {% endraw %}
 * </pre>
 *
 * The article below the heading is indented by one tab, and may be wrapped in Liquid raw markers.
 */
final class JekyllScanner {
    private static final Pattern HEADING = Pattern.compile("^##\\s+([Qq]\\d+):\\s*(.*)$");
    private static final Pattern FRONT_FIELD = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");
    private static final Pattern LIQUID_RAW = Pattern.compile("^\\s*\\{%-?\\s*(end)?raw\\s*-?%}\\s*$");

    private JekyllScanner() {}

    static Optional<Article> scan(List<Line> lines, Diagnostics diagnostics, IdScheme ids) {
        Header header = new Header();
        int i = 1;
        String frontTitle = "";
        for (; i < lines.size() && !lines.get(i).stripped().equals("---"); i++) {
            Matcher m = FRONT_FIELD.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).equals("title")) {
                frontTitle = unquote(m.group(2));
            }
        }
        if (i == lines.size()) {
            diagnostics.report(
                    lines.get(0), DiagnosticCode.UNCLOSED_FRONT_MATTER, "front matter is not closed with '---'");
            return Optional.empty();
        }
        List<Line> body = new ArrayList<>();
        for (i++; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher h = HEADING.matcher(line.text());
            if (header.id == null && h.matches()) {
                Optional<ArticleId> id = FieldParser.id(h.group(1), line, diagnostics, "the heading's");
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                header.id = id.get();
                header.title = FieldParser.title(h.group(2));
            } else if (header.id != null && !LIQUID_RAW.matcher(line.text()).matches()) {
                body.add(
                        line.text().startsWith("\t") ? line.withText(line.text().substring(1)) : line);
            }
        }
        if (header.id == null) {
            Matcher t = Pattern.compile("^([Qq]\\d+):\\s*(.*)$").matcher(frontTitle);
            if (t.matches()) {
                Optional<ArticleId> id =
                        FieldParser.id(t.group(1), lines.get(0), diagnostics, "the front matter title's");
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                header.id = id.get();
                header.title = FieldParser.title(t.group(2));
                diagnostics.report(
                        lines.get(0),
                        DiagnosticCode.NO_JEKYLL_HEADING,
                        "no '## Qnnn: title' heading; id and title from front matter");
            }
        }
        header.bodyStart = LabeledFields.read(body, 0, header, diagnostics);
        return ArticleAssembler.assemble(header, body, SourceFormat.JEKYLL, diagnostics, ids);
    }

    /** A YAML scalar: double-quoted with backslash escapes, single-quoted with doubled quotes, or plain. */
    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }
}
