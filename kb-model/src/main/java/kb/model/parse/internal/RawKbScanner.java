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
 * The archive's raw text:
 *
 * <pre>
 * DOCUMENT:Q168463  30-JUL-2001  [sms]
 * TITLE   :SMS: PCM Service Keeps Client Components From Getting Updated
 * PRODUCT :Microsoft Systems Management Server
 * PROD/VER:winnt:1.2
 * OPER/SYS:
 * KEYWORDS:kbnetwork kbsetup kbPCM smssetup smspcm
 *
 * ======================================================================
 * </pre>
 */
final class RawKbScanner {
    // spec: DOCUMENT:Qnnn, two spaces, DD-MON-YYYY, two spaces, [code]
    private static final Pattern DOCUMENT =
            Pattern.compile("^DOCUMENT:\\s*([Qq]\\d+)?\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{4})?\\s*(?:\\[([^\\]]*)\\])?.*$");
    // spec: LABEL padded to eight characters, a colon, the value
    private static final Pattern FIELD = Pattern.compile("[A-Z/]+");

    private RawKbScanner() {}

    static Optional<Article> scan(List<Line> lines, Diagnostics diagnostics, IdScheme ids) {
        Header header = new Header();
        Line first = lines.get(0);
        Matcher doc = DOCUMENT.matcher(first.text());
        if (!doc.matches() || doc.group(1) == null) {
            diagnostics.report(first, DiagnosticCode.NO_ID, "DOCUMENT: line has no article id");
            return Optional.empty();
        }
        Optional<ArticleId> id = FieldParser.id(doc.group(1), first, diagnostics, "the DOCUMENT: line's");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        header.id = id.get();
        if (doc.group(2) == null) {
            diagnostics.report(first, DiagnosticCode.BAD_DATE, "DOCUMENT: line has no DD-MON-YYYY date");
        } else {
            header.modified = FieldParser.date(doc.group(2));
            if (header.modified.date() == null) {
                diagnostics.report(
                        first, DiagnosticCode.BAD_DATE, "DOCUMENT: date is not a date: '" + doc.group(2) + "'");
            }
        }
        if (doc.group(3) != null) {
            header.productCodes = FieldParser.items(doc.group(3));
        }
        int i = 1;
        boolean sawTitle = false;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String text = lines.get(i).text();
            int colon = text.indexOf(':');
            String label = colon < 0 ? "" : text.substring(0, colon).strip();
            if (!FIELD.matcher(label).matches()) {
                break;
            }
            String value = text.substring(colon + 1).strip();
            switch (label) {
                case "TITLE" -> {
                    header.title = FieldParser.title(value);
                    sawTitle = true;
                }
                case "PRODUCT" -> header.productNames = FieldParser.items(value);
                case "PROD/VER" -> header.versions = FieldParser.versions(value);
                case "OPER/SYS" -> header.operatingSystems = FieldParser.items(value);
                case "KEYWORDS" -> header.keywords = FieldParser.words(value);
                default ->
                    diagnostics.report(
                            lines.get(i), DiagnosticCode.UNKNOWN_HEADER_FIELD, "unknown header field " + label);
            }
        }
        if (!sawTitle) {
            diagnostics.report(
                    lines.get(Math.min(i, lines.size() - 1)),
                    DiagnosticCode.TRUNCATED_HEADER,
                    "header ends before the TITLE field (truncated header?)");
        }
        header.bodyStart = i;
        return ArticleAssembler.assemble(header, lines, SourceFormat.RAW_KB, diagnostics, ids);
    }
}
