package kb.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed, taken apart: free text, quoted phrases, {@code -excluded} words and {@code product:} /
 * {@code year:} filters. Anything else, including stray quotes, colons, stars and {@code AND}, is just text: no
 * input is a syntax error. Pasted messages are full of minus signs that exclude nothing: a negative error number
 * ({@code Jet Error -1003}), the {@code -or-} between alternative messages, a one-letter switch ({@code ping -l 65527}),
 * a word followed by punctuation ({@code Startup -Error: - 2147221499}) are text.
 */
public record UserQuery(
        String text, List<String> phrases, List<String> excluded, String product, String year, boolean limited) {
    /**
     * Quoted phrases a query takes: each must be in the article, in five fields. Those after it are searched as words,
     * and the search says so ({@link #limited}).
     */
    public static final int MAX_PHRASES = 4;

    /** Excluded words a query takes; those after it are left out, and the search says so. */
    public static final int MAX_EXCLUDED = 8;

    /** What a search says when a query had more phrases or excluded words than it takes. */
    public static final String LIMITED = "Only the first " + MAX_PHRASES + " quoted phrases must be in an article and"
            + " only the first " + MAX_EXCLUDED + " -words are excluded; the others are searched as words or left out.";

    public UserQuery {
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    public static UserQuery parse(String input, int maxLength) {
        String s = input.length() > maxLength ? input.substring(0, maxLength) : input;
        StringBuilder text = new StringBuilder();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        String product = "";
        String year = "";
        boolean limited = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end > i + 1) {
                    if (phrases.size() < MAX_PHRASES) {
                        phrases.add(s.substring(i + 1, end));
                    } else {
                        limited = true;
                    }
                    text.append(' ').append(s, i + 1, end).append(' ');
                    i = end + 1;
                    continue;
                }
                i++; // a lone quote is nothing
                continue;
            }
            if (Character.isWhitespace(c)) {
                text.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                end++;
            }
            String word = s.substring(i, end);
            String lower = word.toLowerCase(Locale.ROOT);
            if (excludes(word) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                if (excluded.size() < MAX_EXCLUDED) {
                    excluded.add(word.substring(1));
                } else {
                    limited = true;
                }
            } else if (lower.startsWith("product:") && word.length() > 8) {
                product = lower.substring(8);
            } else if (lower.startsWith("year:") && word.length() > 5) {
                year = lower.substring(5);
            } else {
                text.append(word);
            }
            i = end;
        }
        return new UserQuery(text.toString().strip(), phrases, excluded, product, year, limited);
    }

    /**
     * {@code -word}: after the minus, a letter and at least one more letter or digit; inner hyphens, apostrophes, dots
     * and underscores each between two of them.
     */
    private static boolean excludes(String word) {
        return word.length() > 2 && EXCLUDED.matcher(word).matches();
    }

    private static final Pattern EXCLUDED = Pattern.compile("-\\p{L}[\\p{L}\\p{N}]*(?:[-'._][\\p{L}\\p{N}]+)*");
}
