package kb.render.link;

import java.util.Locale;
import kb.model.ArticleId;

/**
 * Where each page of a site lives. Article and product pages keep the public archive's URLs, so links into it keep
 * working: {@code kb/256/Q256211/} (the folder is the id's number divided by 1000, three digits) and
 * {@code id/sms/}.
 */
public final class SitePaths {
    private SitePaths() {}

    /** The folder of an article's page, ending in a slash: {@code kb/010/Q10022/}. */
    public static String articleDir(ArticleId id) {
        return "kb/" + id.bucket() + "/" + id.value() + "/";
    }

    /** The file of an article's page: {@code kb/010/Q10022/index.html}. */
    public static String articleFile(ArticleId id) {
        return articleDir(id) + "index.html";
    }

    /** Lower case letters, digits, {@code .}, {@code _} and {@code -}; anything else becomes {@code -}. */
    public static String slug(String text) {
        // A run of other characters becomes one dash; dashes at either end are dropped. By hand rather than with
        // patterns: a build makes a slug of every keyword of every article.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
                if (gap && !b.isEmpty()) {
                    b.append('-');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        int start = 0;
        int end = b.length();
        while (start < end && b.charAt(start) == '-') {
            start++;
        }
        while (end > start && b.charAt(end - 1) == '-') {
            end--;
        }
        String s = b.substring(start, end);
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "-" : s;
    }
}
