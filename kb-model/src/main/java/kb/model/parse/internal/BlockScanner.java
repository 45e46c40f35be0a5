package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import kb.model.Block;
import kb.model.Block.BulletList;
import kb.model.Block.ListItem;
import kb.model.Block.NumberedList;
import kb.model.Block.Paragraph;
import kb.model.Block.Preformatted;
import kb.model.Block.Subheading;

/**
 * Splits the lines of one section of plain KB text into blocks.
 *
 * <p>The archive's text is wrapped at about 80 columns. Rules, in the order they are tried:
 *
 * <ul>
 *   <li>a line underlined with dashes of about its length is a subheading;
 *   <li>a line starting, within two columns of the margin, with {@code -} or {@code *} and a space is a bullet, with
 *       a number and {@code .} or {@code )} a step; following lines up to a blank line continue it, and text indented
 *       under it after a blank line belongs to it;
 *   <li>a group of lines indented by two or more is kept verbatim, unless it is prose wrapped over several lines;
 *   <li>any other group of lines is a paragraph, re-flowed, unless its line breaks are not those of wrapped prose or
 *       it holds columns (tabs, runs of spaces, {@code |}), in which case it is kept verbatim.
 * </ul>
 */
final class BlockScanner {
    /** A line shorter than this, counting the next line's first word, was broken by hand, not by wrapping. */
    private static final int WRAP_COLUMN = 64;

    private final List<Line> lines;
    private int pos;

    private BlockScanner(List<Line> lines) {
        this.lines = lines;
    }

    static List<Block> scan(List<Line> lines) {
        return new BlockScanner(lines).blocks();
    }

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        while (skipBlank()) {
            Line line = lines.get(pos);
            Marker marker = marker(line);
            if (isSubheading()) {
                out.add(new Subheading(line.stripped()));
                pos += 2;
            } else if (marker != null) {
                out.add(list(marker.numbered()));
            } else if (line.indent() >= 2) {
                addMerged(out, indented(line.indent() - 1));
            } else {
                out.add(unindented());
            }
        }
        return out;
    }

    /** Adds a block, joining it to a verbatim block just before it (an indented block with blank lines inside). */
    private static void addMerged(List<Block> out, Block block) {
        if (block instanceof Preformatted p && !out.isEmpty() && out.get(out.size() - 1) instanceof Preformatted q) {
            out.set(out.size() - 1, new Preformatted(q.text() + "\n\n" + p.text()));
        } else {
            out.add(block);
        }
    }

    private boolean skipBlank() {
        while (pos < lines.size() && lines.get(pos).isBlank()) {
            pos++;
        }
        return pos < lines.size();
    }

    private boolean isSubheading() {
        if (pos + 1 >= lines.size()) {
            return false;
        }
        Line line = lines.get(pos);
        Line under = lines.get(pos + 1);
        return line.indent() < 2
                && marker(line) == null
                && under.ruleLength('-') >= 3
                && Math.abs(under.stripped().length() - line.stripped().length()) <= 2;
    }

    /** A list marker at the start of a line: its indentation, the marker as written, where the text starts. */
    private record Marker(int indent, String marker, int textStart, boolean numbered) {}

    // A bullet ("-", "*", a bullet sign) or a step number of one or two digits with "." or ")", within two columns
    // of the margin, then white space, then text.
    private static Marker marker(Line line) {
        String t = line.text();
        int n = t.length();
        int i = 0;
        while (i < n && i < 3 && t.charAt(i) == ' ') {
            i++;
        }
        if (i > 2 || i >= n - 1) {
            return null;
        }
        int indent = i;
        char c = t.charAt(i);
        boolean numbered;
        if (c == '-' || c == '*' || c == '\u2022' || c == '\u00b7') {
            i++;
            numbered = false;
        } else {
            while (i < n && i - indent < 3 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            int digits = i - indent;
            if (digits == 0 || digits > 2 || i >= n || (t.charAt(i) != '.' && t.charAt(i) != ')')) {
                return null;
            }
            i++;
            numbered = true;
        }
        int end = i;
        if (i >= n || !Character.isWhitespace(t.charAt(i))) {
            return null;
        }
        while (i < n && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i < n ? new Marker(indent, t.substring(indent, end), i, numbered) : null;
    }

    /** A bullet list or numbered steps: items of one kind, separated by nothing or blank lines. */
    private Block list(boolean numbered) {
        List<ListItem> items = new ArrayList<>();
        while (pos < lines.size()) {
            Line first = lines.get(pos);
            Marker m = marker(first);
            if (m == null || m.numbered() != numbered) {
                break;
            }
            int markerIndent = m.indent();
            List<String> text = new ArrayList<>(List.of(first.text().substring(m.textStart())));
            pos++;
            while (pos < lines.size() && !lines.get(pos).isBlank() && marker(lines.get(pos)) == null) {
                text.add(lines.get(pos++).text());
            }
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(reflow(text)));
            // Text indented under the item after a blank line belongs to it.
            while (true) {
                int save = pos;
                if (!skipBlank()) {
                    break;
                }
                Line next = lines.get(pos);
                if (marker(next) == null && next.indent() > markerIndent && next.indent() >= 2) {
                    addMerged(blocks, indented(markerIndent));
                } else {
                    if (marker(next) == null) {
                        pos = save;
                    }
                    break;
                }
            }
            items.add(new ListItem(m.marker(), blocks));
            if (pos < lines.size() && lines.get(pos).isBlank()) {
                int save = pos;
                skipBlank();
                Marker again = pos < lines.size() ? marker(lines.get(pos)) : null;
                if (again == null) {
                    pos = save;
                    break;
                }
            }
        }
        return numbered ? new NumberedList(items) : new BulletList(items);
    }

    /** A group of lines indented deeper than {@code margin}, up to a blank line or a line back at the margin. */
    private Block indented(int margin) {
        List<Line> group = new ArrayList<>();
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.isBlank() || l.indent() <= margin || (marker(l) != null && l.indent() <= margin + 2)) {
                break;
            }
            group.add(l);
            pos++;
        }
        if (group.isEmpty()) {
            group.add(lines.get(pos++));
        }
        if (group.size() > 1 && isWrappedProse(group)) {
            return new Paragraph(reflow(group.stream().map(Line::text).toList()));
        }
        return new Preformatted(verbatim(group));
    }

    /** A group of lines at the margin, up to a blank line, a list marker or an indented line. */
    private Block unindented() {
        List<Line> group = new ArrayList<>();
        group.add(lines.get(pos++));
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.isBlank() || marker(l) != null || l.indent() >= 2 || isSubheading()) {
                break;
            }
            group.add(l);
            pos++;
        }
        if (isWrappedProse(group)) {
            return new Paragraph(reflow(group.stream().map(Line::text).toList()));
        }
        return new Preformatted(verbatim(group));
    }

    /** True when every line break in the group is where wrapping at about 80 columns would put it. */
    private static boolean isWrappedProse(List<Line> group) {
        for (int i = 0; i < group.size(); i++) {
            String text = group.get(i).text();
            if (hasColumns(text)) {
                return false;
            }
            if (i + 1 < group.size()) {
                String next = group.get(i + 1).text();
                int lead = group.get(i + 1).indent();
                if (startsWithId(next, lead)) {
                    // A list of citations, one a line: "Q124541 Use UPTOMP.EXE to Upgrade ..."
                    return false;
                }
                int space = next.indexOf(' ', lead);
                int nextWord = (space < 0 ? next.length() : space) - lead;
                if (endOfText(text) + 1 + nextWord < WRAP_COLUMN) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The length of the text less its trailing white space. */
    private static int endOfText(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean startsWithId(String s, int at) {
        return s.length() > at + 1 && s.charAt(at) == 'Q' && Character.isDigit(s.charAt(at + 1));
    }

    /** Tabs, a run of three or more spaces between words, or a line starting with a table's {@code |} or {@code +}. */
    private static boolean hasColumns(String text) {
        if (text.indexOf('\t') >= 0) {
            return true;
        }
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        if (first < text.length() && (text.charAt(first) == '|' || text.charAt(first) == '+')) {
            return true;
        }
        int run = text.indexOf("   ", first);
        if (run < 0) {
            return false;
        }
        for (int i = run + 3; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    private static String reflow(List<String> text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text) {
            String s = line.strip();
            if (!s.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** The lines as written, less their common indentation and trailing spaces. */
    private static String verbatim(List<Line> group) {
        int common = group.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(Line::indent)
                .min()
                .orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Line l : group) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            String t = l.text();
            sb.append(t.length() >= common ? t.substring(common).stripTrailing() : "");
        }
        return sb.toString();
    }
}
