package kb.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a link or image in an article points at, read from its target as written: an address on the web, a place on
 * the same page, another article by its id, a file of the content folder (another article's source, an image, any
 * other file), or something that must not become a live link ({@code javascript:}, {@code data:} but for images,
 * schemes kb does not know, a path that leaves the content folder).
 */
public sealed interface LinkTarget {
    /** Schemes a link may use as written. */
    Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp", "ftps", "news", "nntp", "tel", "irc");

    /** An absolute address with a safe scheme, kept as written. */
    record Web(String address) implements LinkTarget {}

    /** A place on the same page: {@code #cause}. */
    record Anchor(String fragment) implements LinkTarget {}

    /** Another article, by its id ({@code Q256211} or a team's id, with an optional {@code #fragment}). */
    record Article(ArticleId id, String fragment) implements LinkTarget {}

    /**
     * A file of the content folder: its path from the folder's root with {@code /} between names and escapes decoded
     * ({@code guides/setup.md}, {@code images/error%20box.png} read as {@code images/error box.png}), and a fragment.
     */
    record File(String path, String fragment) implements LinkTarget {}

    /** A target that never becomes a live link, and why. */
    record Refused(String written, String reason) implements LinkTarget {}

    Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);
    /**
     * Reads a target written in the article at {@code source} (its path from the content folder's root).
     *
     * @param image whether the target is an image's source: a {@code data:image/} address is allowed there
     * @param ids the ids a target may name an article by
     */
    static LinkTarget of(String written, String source, boolean image, IdScheme ids) {
        String target = written.strip();
        var scheme = SCHEME.matcher(target);
        if (scheme.matches() && !target.startsWith("/")) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(name)) {
                return new Web(target);
            }
            if (image && name.equals("data") && target.regionMatches(true, 5, "image/", 0, 6)) {
                return new Web(target);
            }
            if (name.length() > 1) {
                return new Refused(written, "a " + name + ": address is not made a link");
            }
            // A single letter is a Windows drive (C:\...), a path on the author's disk.
            return new Refused(written, "a path on a local disk is not made a link");
        }
        if (target.startsWith("//")) {
            return new Web("https:" + target);
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new Anchor(fragment);
        }
        var id = ids.linked(path);
        if (id.isPresent()) {
            return new Article(id.get(), fragment);
        }
        String resolved = resolve(source, unescape(path).replace('\\', '/'));
        return resolved == null
                ? new Refused(written, "the path leaves the content folder")
                : new File(resolved, fragment);
    }

    /**
     * The path from the content folder's root of {@code path} written in the file at {@code source}: relative to the
     * source's folder, or to the root when it starts with {@code /}. Null when it climbs out of the root.
     */
    private static String resolve(String source, String path) {
        Deque<String> names = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            String[] folders = source.replace('\\', '/').split("/", -1);
            for (int i = 0; i < folders.length - 1; i++) {
                names.addLast(folders[i]);
            }
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return null;
                }
                names.removeLast();
            } else {
                names.addLast(name);
            }
        }
        return names.isEmpty() ? null : String.join("/", names);
    }

    /** A path with its {@code %XX} escapes decoded as UTF-8, as the file is named; a malformed escape is kept. */
    static String unescape(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int hi = c == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(path.charAt(i + 2), 16);
            if (lo >= 0) {
                escaped.write(hi * 16 + lo);
                i += 2;
            } else {
                out.append(escaped.toString(StandardCharsets.UTF_8)).append(c);
                escaped.reset();
            }
        }
        return out.append(escaped.toString(StandardCharsets.UTF_8)).toString();
    }
}
