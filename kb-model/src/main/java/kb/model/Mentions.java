package kb.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article ids mentioned in text: {@code Q} and three to eight digits, standing on their own. Not a file
 * name ({@code Q244599a.exe}, {@code Q246164.exe}) and not part of a longer word ({@code cmdQ147803}); but
 * {@code Q85596BUG:} is a mention. A mention that starts a line and is followed by text is a citation
 * ({@code Q236325 How to Obtain...}, {@code Q131339: STOP Msg...}, {@code Q85596BUG: ...}), that text its title.
 */
public final class Mentions {
    private static final Pattern MENTION =
            Pattern.compile("(?<![A-Za-z0-9_\\\\/.-])Q(\\d{3,8})(?![0-9a-z_])(?!\\.[A-Za-z])");

    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(?:[-*]\\s+)?(?:ARTICLE-ID:\\s*)?Q(\\d{3,8})(?:\\s*:\\s*|\\s+|(?=[A-Z]{2,}:))(\\S.*?)\\s*$");

    /**
     * The longest line taken for a citation: an id and a title. The pattern's title and trailing spaces can split a
     * line many ways, so its work grows with the square of a line's length; a cited title is far shorter.
     */
    public static final int MAX_CITATION = 1_000;

    /** One mention: where it is in the text and the id it names. */
    public record Mention(int start, int end, ArticleId id) {}

    /** A line that cites an article: the id, and the title as written after it. */
    public record Citation(ArticleId id, String title) {}

    private Mentions() {}

    /** The mentions in order. */
    public static List<Mention> find(String text) {
        // Most text holds no Q followed by a digit: look for that before running the pattern.
        int q = text.indexOf('Q');
        while (q >= 0 && (q + 1 >= text.length() || !Character.isDigit(text.charAt(q + 1)))) {
            q = text.indexOf('Q', q + 1);
        }
        if (q < 0) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        m.useTransparentBounds(true);
        m.region(q, text.length());
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), ArticleId.archive(Integer.parseInt(m.group(1)))));
        }
        return out;
    }

    /** The citation a line (or a paragraph) is, past a bullet or an {@code ARTICLE-ID:} label, if it is one. */
    public static Optional<Citation> citation(String line) {
        if (line.length() > MAX_CITATION || !startsWithId(line)) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(line);
        return m.matches()
                ? Optional.of(new Citation(ArticleId.archive(Integer.parseInt(m.group(1))), m.group(2)))
                : Optional.empty();
    }

    /** A cheap test before the citation pattern: the text's first word (past a bullet) starts with Q and a digit. */
    private static boolean startsWithId(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && " \t-*".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (text.startsWith("ARTICLE-ID:", i)) {
            i += "ARTICLE-ID:".length();
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
        }
        return i + 1 < n && text.charAt(i) == 'Q' && Character.isDigit(text.charAt(i + 1));
    }
}
