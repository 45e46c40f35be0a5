package kb.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A knowledge-base article number, written {@code Q} followed by digits ({@code Q256211}). Leading zeros and a
 * lower-case {@code q} are normalized away, so {@code q0256211} and {@code Q256211} are the same id.
 */
public record ArticleId(int number) implements Comparable<ArticleId> {
    private static final Pattern ID = Pattern.compile("[Qq]?0*(\\d{1,9})");

    public ArticleId {
        if (number < 0) {
            throw new IllegalArgumentException("article number must not be negative: " + number);
        }
    }

    /** Parses {@code Q256211}, {@code q256211} or {@code 256211}; empty when the text is not an id. */
    public static Optional<ArticleId> parse(String text) {
        Matcher m = ID.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleId(Integer.parseInt(m.group(1))));
    }

    /** Like {@link #parse} but for text known to be an id. */
    public static ArticleId of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an article id: " + text));
    }

    /** The id as written in articles and URLs: {@code Q256211}. */
    public String value() {
        return "Q" + number;
    }

    /** The archive's folder for this id: the number divided by 1000, three digits ({@code Q10022} is in 010). */
    public String bucket() {
        int b = number / 1000;
        return b >= 100 ? Integer.toString(b) : b >= 10 ? "0" + b : "00" + b;
    }

    // Written out rather than generated: ids key most of a build's maps, and the generated methods are slower until
    // the optimizing compiler gets to them, which a short build never waits for.
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleId other && other.number == number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public int compareTo(ArticleId other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return value();
    }
}
