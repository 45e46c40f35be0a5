package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kb.model.Article;
import kb.model.Authoring;
import kb.model.DiagnosticCode;
import kb.model.Footer;
import kb.model.IdScheme;
import kb.model.Source;
import kb.model.SourceFormat;

/** Puts a header and a body together into an article. */
final class ArticleAssembler {
    private ArticleAssembler() {}

    static Optional<Article> assemble(
            Header header, List<Line> lines, SourceFormat format, Diagnostics diagnostics, IdScheme ids) {
        if (header.id == null) {
            diagnostics.report(1, DiagnosticCode.NO_ID, "no article id in the header; the article is skipped");
            return Optional.empty();
        }
        if (header.title.isEmpty()) {
            diagnostics.report(
                    lines.isEmpty() ? null : lines.get(0),
                    DiagnosticCode.NO_TITLE,
                    "article " + header.id + " has no title");
        }
        List<Line> bodyLines = lines.subList(Math.min(header.bodyStart, lines.size()), lines.size());
        BodyScanner.Body body = BodyScanner.scan(bodyLines);
        if (bodyLines.stream().allMatch(Line::isBlank)) {
            diagnostics.report(
                    lines.isEmpty() ? null : lines.get(lines.size() - 1),
                    DiagnosticCode.NO_BODY,
                    "article " + header.id + " has no body (truncated?)");
        }
        return Optional.of(new Article(
                header.id,
                header.title,
                header.modified,
                header.productCodes,
                header.productNames,
                header.versions,
                header.operatingSystems,
                keywords(header.keywords, body.footer()),
                body.appliesTo(),
                body.sections(),
                ReferenceExtractor.extract(header.id, body.sections(), ids),
                body.queryWords(),
                body.footer(),
                new Source(diagnostics.source(), format),
                Authoring.NONE));
    }

    /**
     * The header's keywords are cut at about 70 characters ({@code ... kbsmsUtil kbS}); the footer's are whole.
     * Footer keywords first, then header keywords the footer lacks, less a cut-off last one.
     */
    static List<String> keywords(List<String> header, Footer footer) {
        List<String> out = new ArrayList<>(footer.keywords());
        for (int i = 0; i < header.size(); i++) {
            String k = header.get(i);
            boolean cut = i == header.size() - 1 && out.stream().anyMatch(f -> f.startsWith(k) && !f.equals(k));
            if (!out.contains(k) && !cut) {
                out.add(k);
            }
        }
        return out;
    }
}
