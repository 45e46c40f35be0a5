package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern BULLET = Pattern.compile("^( {0,2})([-*\u2022\u00b7])\\s+(\\S.*)$");
    private static final Pattern STEP = Pattern.compile("^( {0,2})(\\d{1,2}[.)])\\s+(\\S.*)$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-{3,}\\s*$");
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
            Matcher marker = marker(line);
            if (isSubheading()) {
                out.add(new Subheading(line.stripped()));
                pos += 2;
            } else if (marker != null) {
                out.add(list(STEP.matcher(line.text()).matches()));
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
                && DASHES.matcher(under.text()).matches()
                && Math.abs(under.stripped().length() - line.stripped().length()) <= 2;
    }

    private static Matcher marker(Line line) {
        String t = line.text();
        int i = 0;
        while (i < t.length() && i < 3 && t.charAt(i) == ' ') {
            i++;
        }
        if (i >= t.length()) {
            return null;
        }
        char c = t.charAt(i);
        if (c != '-' && c != '*' && c != '\u2022' && c != '\u00b7' && !(c >= '0' && c <= '9')) {
            return null;
        }
        Matcher m = BULLET.matcher(line.text());
        if (m.matches()) {
            return m;
        }
        m = STEP.matcher(line.text());
        return m.matches() ? m : null;
    }

    /** A bullet list or numbered steps: items of one kind, separated by nothing or blank lines. */
    private Block list(boolean numbered) {
        List<ListItem> items = new ArrayList<>();
        while (pos < lines.size()) {
            Line first = lines.get(pos);
            Matcher m = marker(first);
            if (m == null || STEP.matcher(first.text()).matches() != numbered) {
                break;
            }
            int markerIndent = m.group(1).length();
            List<String> text = new ArrayList<>(List.of(m.group(3)));
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
            items.add(new ListItem(m.group(2), blocks));
            if (pos < lines.size() && lines.get(pos).isBlank()) {
                int save = pos;
                skipBlank();
                Matcher again = pos < lines.size() ? marker(lines.get(pos)) : null;
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
                String next = group.get(i + 1).stripped();
                if (startsWithId(next)) {
                    // A list of citations, one a line: "Q124541 Use UPTOMP.EXE to Upgrade ..."
                    return false;
                }
                int nextWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
                if (text.stripTrailing().length() + 1 + nextWord < WRAP_COLUMN) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsWithId(String s) {
        return s.length() > 1 && s.charAt(0) == 'Q' && Character.isDigit(s.charAt(1));
    }

    /** Tabs, a run of three or more spaces between words, or a line starting with a table's {@code |} or {@code +}. */
    private static boolean hasColumns(String text) {
        if (text.indexOf('\t') >= 0) {
            return true;
        }
        String s = text.strip();
        if (s.startsWith("|") || s.startsWith("+")) {
            return true;
        }
        int run = s.indexOf("   ");
        return run > 0 && run + 3 < s.length();
    }

    private static String reflow(List<String> text) {
        return String.join(" ", text.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The lines as written, less their common indentation and trailing spaces. */
    private static String verbatim(List<Line> group) {
        int common = group.stream().filter(l -> !l.isBlank()).mapToInt(Line::indent).min().orElse(0);
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
