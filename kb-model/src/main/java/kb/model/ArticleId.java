package kb.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's id. Either an archive number, written {@code Q} followed by digits ({@code Q256211}; leading zeros
 * and a lower-case {@code q} are normalized away, so {@code q0256211} and {@code Q256211} are the same id), or a
 * team's own id as written ({@code KB-1042}, {@code ACME0001}): a letter, then letters, digits, {@code -} and
 * {@code _}, kept exactly as written.
 *
 * <p>Ids sort archive numbers first, by number, then a team's ids in natural order ({@code KB-9} before
 * {@code KB-10}).
 */
public final class ArticleId implements Comparable<ArticleId> {
    private static final Pattern ARCHIVE = Pattern.compile("[Qq]?0*(\\d{1,9})");
    /** What a team's id may be: it names a folder of the site, and never one of the archive's number folders. */
    private static final Pattern OWN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final String value;
    /** The archive number, or -1 for a team's id. */
    private final int number;

    private ArticleId(String value, int number) {
        this.value = value;
        this.number = number;
    }

    /** The archive's article with this number: {@code Q256211}. */
    public static ArticleId archive(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("article number must not be negative: " + number);
        }
        return new ArticleId("Q" + number, number);
    }

    /** Parses an archive id: {@code Q256211}, {@code q256211} or {@code 256211}; empty when the text is not one. */
    public static Optional<ArticleId> parse(String text) {
        Matcher m = ARCHIVE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(archive(Integer.parseInt(m.group(1))));
    }

    /** Like {@link #parse} but for text known to be an archive id. */
    public static ArticleId of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an article id: " + text));
    }

    /**
     * A team's own id as written ({@code KB-1042}); empty when it cannot be one: it must start with a letter and hold
     * only letters, digits, {@code -} and {@code _} (64 at most), and it must not be an archive number.
     */
    public static Optional<ArticleId> own(String text) {
        if (!OWN.matcher(text).matches() || ARCHIVE.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleId(text, -1));
    }

    /**
     * An id as {@link #value()} writes it, or as a person types one: an archive number, else a team's id. It is not
     * checked against a knowledge base's id pattern.
     */
    public static Optional<ArticleId> any(String text) {
        Optional<ArticleId> archive = parse(text);
        return archive.isPresent() ? archive : own(text.strip());
    }

    /** Whether this is an archive number ({@code Q256211}) rather than a team's own id. */
    public boolean isArchive() {
        return number >= 0;
    }

    /** The archive number; only for {@linkplain #isArchive() archive} ids. */
    public int number() {
        if (number < 0) {
            throw new IllegalStateException(value + " is not an archive number");
        }
        return number;
    }

    /** The id as written in articles and URLs: {@code Q256211}, {@code KB-1042}. */
    public String value() {
        return value;
    }

    /**
     * The archive's folder for an archive id: the number divided by 1000, three digits ({@code Q10022} is in 010).
     */
    public String bucket() {
        int b = number() / 1000;
        return b >= 100 ? Integer.toString(b) : b >= 10 ? "0" + b : "00" + b;
    }

    // Written out: ids key most of a build's maps.
    @Override
    public boolean equals(Object o) {
        // Archive ids are equal when their numbers are: their text is made from the number.
        return o instanceof ArticleId other && other.number == number && (number >= 0 || other.value.equals(value));
    }

    @Override
    public int hashCode() {
        return number >= 0 ? number : value.hashCode();
    }

    @Override
    public int compareTo(ArticleId other) {
        if (number >= 0 || other.number >= 0) {
            return number >= 0 && other.number >= 0 ? Integer.compare(number, other.number) : number >= 0 ? -1 : 1;
        }
        return natural(value, other.value);
    }

    /** Compares runs of digits by their numbers and everything else by character: KB-9 before KB-10. */
    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byLength = Integer.compare(ei - si, ej - sj);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    @Override
    public String toString() {
        return value;
    }
}
