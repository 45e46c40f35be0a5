package kb.model.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kb.model.Article;
import kb.model.IdScheme;
import kb.model.SourceFormat;

/** The one way into the scanners: text in a known format to an article, and the first lines detection looks at. */
public final class Scanners {
    private Scanners() {}

    /** Up to {@code n} first lines of the text, without their line ends. */
    public static List<String> firstLines(String text, int n) {
        // Only the start of the text is split: up to the n-th line end.
        int end = 0;
        for (int breaks = 0; end < text.length() && breaks < n; end++) {
            char c = text.charAt(end);
            if (c == '\n' || (c == '\r' && (end + 1 == text.length() || text.charAt(end + 1) != '\n'))) {
                breaks++;
            }
        }
        List<Line> lines = Lines.split(text.substring(0, end));
        List<String> first = new ArrayList<>(Math.min(n, lines.size()));
        for (int i = 0; i < lines.size() && i < n; i++) {
            first.add(lines.get(i).text());
        }
        return first;
    }

    /** Reads the text as the format, ids written as {@code ids} says; problems go to {@code diagnostics}. Empty when no article could be read. */
    public static Optional<Article> scan(SourceFormat format, String text, Diagnostics diagnostics, IdScheme ids) {
        return switch (format) {
            case RAW_KB -> RawKbScanner.scan(Lines.split(text), diagnostics, ids);
            case JEKYLL -> JekyllScanner.scan(Lines.split(text), diagnostics, ids);
            case PLAIN_EXPORT -> PlainExportScanner.scan(Lines.split(text), diagnostics, ids);
            case MARKDOWN -> new MarkdownScanner(ids).scan(text, diagnostics);
        };
    }
}
