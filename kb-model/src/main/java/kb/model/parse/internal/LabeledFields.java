package kb.model.parse.internal;

import java.util.List;
import java.util.Locale;
import kb.model.ArticleId;
import kb.model.DiagnosticCode;

/**
 * The {@code Label: value} header lines of Jekyll pages and plain exports:
 *
 * <pre>
 * Article: Q256211
 * Product(s): Microsoft Systems Management Server
 * Version(s): winnt:2.0
 * Operating System(s):
 * Keyword(s): kbsetup kbClient kbsms200
 * Last Modified: 25-JUN-2000
 * </pre>
 */
final class LabeledFields {

    private LabeledFields() {}

    /**
     * A line's label and value ({@code Product(s): value}): the label is a letter then letters, spaces and brackets,
     * before the line's first colon; null when the line is not one. Read by hand: a pattern's label and the spaces
     * after it can split a long line of spaces many ways, and take minutes on one.
     */
    static String[] labeled(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int start = 0;
        while (start < colon && space(text.charAt(start))) {
            start++;
        }
        int end = colon;
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || !letter(text.charAt(start))) {
            return null;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (!letter(c) && c != ' ' && c != '(' && c != ')') {
                return null;
            }
        }
        int from = colon + 1 < text.length() && space(text.charAt(colon + 1)) ? colon + 2 : colon + 1;
        String value = text.substring(from);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null; // a value is one line
            }
        }
        return new String[] {text.substring(start, end), value};
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** What a pattern's {@code \\s} is. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Reads labeled lines from {@code start} up to the first blank line; returns the index after them. */
    static int read(List<Line> lines, int start, Header header, Diagnostics diagnostics) {
        int i = start;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Line line = lines.get(i);
            String[] labeled = labeled(line.text());
            if (labeled == null) {
                break;
            }
            String value = labeled[1].strip();
            switch (labeled[0].toLowerCase(Locale.ROOT)) {
                case "article" -> {
                    var id = ArticleId.parse(value);
                    if (id.isEmpty()) {
                        diagnostics.report(
                                line,
                                DiagnosticCode.BAD_ARTICLE_FIELD,
                                "Article: field is not an article id: '" + value + "'");
                    } else if (header.id != null && !header.id.equals(id.get())) {
                        diagnostics.report(
                                line,
                                DiagnosticCode.ARTICLE_FIELD_MISMATCH,
                                "Article: " + id.get() + " differs from the title's " + header.id + "; using "
                                        + header.id);
                    } else {
                        header.id = id.get();
                    }
                }
                case "product(s)", "product" -> header.productNames = FieldParser.items(value);
                case "version(s)", "version" -> header.versions = FieldParser.versions(value);
                case "operating system(s)", "operating system" -> header.operatingSystems = FieldParser.items(value);
                case "keyword(s)", "keywords" -> header.keywords = FieldParser.words(value);
                case "last modified" -> {
                    header.modified = FieldParser.date(value);
                    if (header.modified.date() == null && !value.isEmpty()) {
                        diagnostics.report(
                                line, DiagnosticCode.BAD_DATE, "Last Modified is not a date: '" + value + "'");
                    }
                }
                default -> {
                    return i;
                }
            }
        }
        return i;
    }
}
