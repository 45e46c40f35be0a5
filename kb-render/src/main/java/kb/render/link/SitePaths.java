package kb.render.link;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.model.ArticleId;

/**
 * Where each page of a site lives. Article and product pages keep the public archive's URLs, so links into it keep
 * working: {@code kb/256/Q256211/} (the folder is the id's number divided by 1000, three digits) and
 * {@code id/sms/}. An article with a team's own id is at {@code kb/KB-1042/}.
 */
public final class SitePaths {
    private static final Map<ArticleId, String> ARTICLE_FILES = new ConcurrentHashMap<>();

    private SitePaths() {}

    /** The folder of an article's page, ending in a slash: {@code kb/010/Q10022/}, {@code kb/KB-1042/}. */
    public static String articleDir(ArticleId id) {
        return id.isArchive() ? "kb/" + id.bucket() + "/" + id.value() + "/" : "kb/" + id.value() + "/";
    }

    /**
     * The file of an article's page: {@code kb/010/Q10022/index.html}. Made once for an id: every build names every
     * article's page, and a path made before is found again by its cached hash.
     */
    public static String articleFile(ArticleId id) {
        return ARTICLE_FILES.computeIfAbsent(id, i -> articleDir(i) + "index.html");
    }

    /** The file of a page at an alias: {@code old/sync/} and {@code old/sync} are {@code old/sync/index.html}. */
    public static String aliasFile(String alias) {
        if (alias.endsWith("/")) {
            return alias + "index.html";
        }
        String last = alias.substring(alias.lastIndexOf('/') + 1);
        return last.contains(".") ? alias : alias + "/index.html";
    }

    /** Where a file of the content folder that articles link to is published: {@code files/images/error.png}. */
    public static String assetFile(String path) {
        return "files/" + path;
    }

    /** A path as it is written in a link: characters other than letters, digits and {@code -._~/} escaped. */
    public static String href(String path) {
        return escape(path, "-._~/", false);
    }

    /**
     * An address an author wrote, made fit for a link as CommonMark makes it: characters that may not stand in a URL
     * (spaces, quotes, brackets, backslashes, any beyond ASCII) escaped, an escape already there kept.
     */
    public static String url(String address) {
        return escape(address, ";/?:@&=+$,-_.!~*'()#", true);
    }

    private static String escape(String text, String safe, boolean keepEscapes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || (c < 0x80 && safe.indexOf(c) >= 0)
                    || (keepEscapes && c == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]));
            if (plain) {
                b.append((char) c);
            } else {
                b.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    private static boolean hex(byte c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Lower case letters, digits, {@code .}, {@code _} and {@code -}; anything else becomes {@code -}. A slug never
     * starts with a dot, which would hide its folder from web servers ({@code .NET} is {@code net}).
     */
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
        while (start < end && (b.charAt(start) == '-' || b.charAt(start) == '.')) {
            start++;
        }
        while (end > start && b.charAt(end - 1) == '-') {
            end--;
        }
        String s = b.substring(start, end);
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "-" : s;
    }
}
