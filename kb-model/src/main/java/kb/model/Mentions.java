package kb.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article ids mentioned in text: {@code Q} and three to eight digits, standing on their own. Not a file
 * name ({@code Q244599a.exe}, {@code Q246164.exe}) and not part of a longer word ({@code cmdQ147803}); but
 * {@code Q85596BUG:} is a mention.
 */
public final class Mentions {
    private static final Pattern MENTION =
            Pattern.compile("(?<![A-Za-z0-9_\\\\/.-])Q(\\d{3,8})(?![0-9a-z_])(?!\\.[A-Za-z])");

    /** One mention: where it is in the text and the id it names. */
    public record Mention(int start, int end, ArticleId id) {}

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
            out.add(new Mention(m.start(), m.end(), new ArticleId(Integer.parseInt(m.group(1)))));
        }
        return out;
    }
}
