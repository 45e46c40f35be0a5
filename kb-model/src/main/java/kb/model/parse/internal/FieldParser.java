package kb.model.parse.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kb.model.ArticleId;
import kb.model.DiagnosticCode;
import kb.model.IdScheme;
import kb.model.Modified;
import kb.model.ProductVersion;
import kb.model.Versions;
import org.jsoup.parser.Parser;

/** Reads the values of header and footer fields: dates, versions, keyword lists, titles. */
final class FieldParser {
    private static final DateTimeFormatter KB_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d-MMM-uuuu")
            .toFormatter(Locale.ENGLISH);

    private FieldParser() {}

    /**
     * An archive id as a header writes it, {@code Q} and a number; none, said at its line as the Markdown reader says
     * it, when the number is too large to be an id. The article is then skipped.
     */
    static Optional<ArticleId> id(String written, Line line, Diagnostics diagnostics, String where) {
        Optional<ArticleId> id = ArticleId.parse(written);
        if (id.isEmpty()) {
            diagnostics.report(
                    line,
                    DiagnosticCode.NO_ID,
                    where + " id is " + IdScheme.ARCHIVE.notAnId(written) + "; the article is skipped");
        }
        return id;
    }

    /** {@code 25-JUN-2000} or {@code 2000-06-25}; the date is null when the text is neither. */
    static Modified date(String written) {
        String w = written.strip();
        if (w.isEmpty()) {
            return Modified.NONE;
        }
        for (DateTimeFormatter f : List.of(KB_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return new Modified(w, LocalDate.parse(w, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return new Modified(w, null);
    }

    /**
     * Splits a versions field. Groups are separated by {@code ;}, each an optional {@code platform:} and versions
     * separated by commas; a group of space-separated version numbers ({@code 4.00 4.00b 4.50}) is split on spaces,
     * but {@code 2.0 SP1} stays one version. A leading colon with no platform ({@code :2.0}) is dropped.
     */
    static Versions versions(String written) {
        String w = written.strip();
        if (w.startsWith(":")) {
            w = w.substring(1).strip();
        }
        List<ProductVersion> values = new ArrayList<>();
        for (String group : splitOn(w, ";")) {
            String g = group.strip();
            String platform = "";
            int colon = g.indexOf(':');
            if (colon >= 0) {
                platform = g.substring(0, colon).strip();
                g = g.substring(colon + 1).strip();
            }
            for (String item : splitOn(g, ",")) {
                String v = item.strip();
                if (v.isEmpty()) {
                    continue;
                }
                List<String> words = words(v);
                if (words.size() > 1 && words.stream().allMatch(x -> Character.isDigit(x.charAt(0)))) {
                    for (String word : words) {
                        values.add(new ProductVersion(platform, word));
                    }
                } else {
                    values.add(new ProductVersion(platform, collapse(v)));
                }
            }
        }
        return new Versions(w, values);
    }

    /** Words split on white space and {@code |}, each once, in order. */
    static List<String> words(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean sep = i == text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '|';
            if (sep && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    /** The text cut at each of the separator characters. */
    private static List<String> splitOn(String text, String separators) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The text with every run of white space made one space, and none at either end. */
    static String collapse(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Items split on {@code |}, {@code ,} or {@code ;}, trimmed. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String w : splitOn(text, "|,;")) {
            String s = collapse(w);
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A title with its HTML entities decoded (named ones, such as quot, and numbered ones) and white space collapsed. */
    static String title(String text) {
        return collapse(text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false));
    }
}
