package kb.model.parse;

import java.util.List;
import java.util.regex.Pattern;
import kb.model.SourceFormat;

/**
 * Tells an article's format from its first lines, never from the file's name.
 */
public final class FormatDetector {
    private static final Pattern RAW_HEADER = Pattern.compile("DOCUMENT:.*");
    private static final Pattern PLAIN_TITLE = Pattern.compile("[Qq]\\d+: .*");
    private static final Pattern ARTICLE_LINE = Pattern.compile("\\s*Article: *[Qq]\\d+\\s*");
    private static final Pattern JEKYLL_HEADING = Pattern.compile("## [Qq]\\d+: .*");
    private static final Pattern LAYOUT = Pattern.compile("layout\\s*:.*");

    private FormatDetector() {}

    /** Looks at up to the first 40 lines (fewer is fine). */
    public static Detection detect(List<String> firstLines) {
        if (!firstLines.isEmpty() && firstLines.get(0).startsWith("DOCUMENT:")) {
            return Detection.of(SourceFormat.RAW_KB, "first line is a DOCUMENT: header");
        }
        if (firstLines.isEmpty() || firstLines.stream().allMatch(String::isBlank)) {
            return Detection.unknown("the file is empty");
        }
        String first = firstLines.get(0).strip();
        if (RAW_HEADER.matcher(first).matches()) {
            return Detection.of(SourceFormat.RAW_KB, "first line is a DOCUMENT: header");
        }
        if (PLAIN_TITLE.matcher(first).matches()) {
            boolean article = firstLines.stream()
                    .limit(6)
                    .anyMatch(l -> ARTICLE_LINE.matcher(l).matches());
            return Detection.of(
                    SourceFormat.PLAIN_EXPORT,
                    article ? "Qnnn: title line followed by an Article: line" : "first line is Qnnn: title");
        }
        if (first.equals("---")) {
            int end = frontMatterEnd(firstLines);
            boolean layout = firstLines.subList(1, end).stream()
                    .anyMatch(l -> LAYOUT.matcher(l.strip()).matches());
            boolean heading = firstLines.stream()
                    .skip(end)
                    .anyMatch(l -> JEKYLL_HEADING.matcher(l.strip()).matches());
            if (heading && layout) {
                return Detection.of(SourceFormat.JEKYLL, "front matter with a layout and a ## Qnnn: heading");
            }
            if (heading) {
                return Detection.of(SourceFormat.JEKYLL, "front matter and a ## Qnnn: heading");
            }
            return Detection.of(SourceFormat.MARKDOWN, "YAML front matter");
        }
        return Detection.unknown("the first line is neither a DOCUMENT: header, a Qnnn: title nor front matter");
    }

    private static int frontMatterEnd(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return lines.size();
    }
}
