package kb.model.parse.internal;

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
 * A plain export:
 *
 * <pre>
 * Q283130: CCIM Verify Cycle Can Interrupt Software Distributions
 *
 * Article: Q283130
 * Product(s): Microsoft Systems Management Server
 * ...
 * </pre>
 */
final class PlainExportScanner {
    private static final Pattern TITLE = Pattern.compile("^\\s*([Qq]\\d+):\\s*(.*)$");

    private PlainExportScanner() {}

    static Optional<Article> scan(List<Line> lines, Diagnostics diagnostics, IdScheme ids) {
        Header header = new Header();
        Matcher m = TITLE.matcher(lines.get(0).text());
        if (m.matches()) {
            Optional<ArticleId> id = FieldParser.id(m.group(1), lines.get(0), diagnostics, "the first line's");
            if (id.isEmpty()) {
                return Optional.empty();
            }
            header.id = id.get();
            header.title = FieldParser.title(m.group(2));
        } else {
            diagnostics.report(lines.get(0), DiagnosticCode.NO_ID, "first line is not 'Qnnn: title'");
        }
        header.bodyStart = LabeledFields.read(lines, 1, header, diagnostics);
        return ArticleAssembler.assemble(header, lines, SourceFormat.PLAIN_EXPORT, diagnostics, ids);
    }
}
