package kb.model.parse.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z ()]*?)\\s*:\\s?(.*)$");

    private LabeledFields() {}

    /** Reads labeled lines from {@code start} up to the first blank line; returns the index after them. */
    static int read(List<Line> lines, int start, Header header, Diagnostics diagnostics) {
        int i = start;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Line line = lines.get(i);
            Matcher m = LABEL.matcher(line.text());
            if (!m.matches()) {
                break;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
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
