package kb.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a knowledge base writes its article ids: the archive's {@code Q} numbers always, and a team's own ids when the
 * knowledge base sets a pattern for them ({@code KB-\d{4}}). An id the pattern matches is an article's id in front
 * matter, is linked where the text mentions it, and is an article's page when a link's target is that id, as a
 * {@code Q} number is.
 */
public final class IdScheme {
    /** Only the archive's ids. */
    public static final IdScheme ARCHIVE = new IdScheme("", null, null, null);

    private static final Pattern ARCHIVE_LINK = Pattern.compile("[Qq]0*(\\d{1,9})");
    /** An id's last number, with what comes before and after it. */
    private static final Pattern LAST_NUMBER = Pattern.compile("(.*?)(\\d+)(\\D*)");

    private final String pattern;
    private final Pattern own;
    private final Pattern mention;
    private final Pattern citation;

    private IdScheme(String pattern, Pattern own, Pattern mention, Pattern citation) {
        this.pattern = pattern;
        this.own = own;
        this.mention = mention;
        this.citation = citation;
    }

    /**
     * The archive's ids and a team's ids matching {@code pattern}, a regular expression for a whole id; blank for the
     * archive's ids alone.
     *
     * @throws IllegalArgumentException when the pattern is not a regular expression, or matches an empty id
     */
    public static IdScheme of(String pattern) {
        if (pattern.isBlank()) {
            return ARCHIVE;
        }
        // A pattern is for a whole id already: anchors around it would keep it from matching inside text.
        if (pattern.startsWith("^")) {
            pattern = pattern.substring(1);
        }
        if (pattern.endsWith("$") && !pattern.endsWith("\\$")) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        try {
            Pattern own = Pattern.compile(pattern);
            if (own.matcher("").matches()) {
                throw new IllegalArgumentException("the id pattern '" + pattern + "' matches an empty id");
            }
            // Standing on its own, as a Q number must: not inside a word, a path or a file name.
            Pattern mention =
                    Pattern.compile("(?<![A-Za-z0-9_\\\\/.-])(?:" + pattern + ")(?![A-Za-z0-9_])(?!\\.[A-Za-z])");
            Pattern citation = Pattern.compile("^\\s*(?:[-*]\\s+)?(?:ARTICLE-ID:\\s*)?(?<kbid>" + pattern
                    + ")(?:\\s*:\\s*|\\s+)(?<kbtitle>\\S.*?)\\s*$");
            return new IdScheme(pattern, own, mention, citation);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "the id pattern '" + pattern + "' is not a regular expression: " + e.getDescription(), e);
        }
    }

    /** The team's id pattern as written; empty for the archive's ids alone. */
    public String pattern() {
        return pattern;
    }

    /** What an id may be, as a message says it: {@code Q and a number, or an id of the pattern 'KB-\d{4}'}. */
    public String expected() {
        return pattern.isEmpty() ? "Q and a number" : "Q and a number, or an id of the pattern '" + pattern + "'";
    }

    /** What a message says of text that is not an id: {@code not an article id: 'KB-2' (ids are ...)}. */
    public String notAnId(String written) {
        return "not an article id: '" + written + "' (ids are " + expected() + ")";
    }

    /** An id as an article's header gives it: an archive number ({@code Q256211}) or a team's id; empty if neither. */
    public Optional<ArticleId> parse(String text) {
        Optional<ArticleId> archive = ArticleId.parse(text);
        if (archive.isPresent() || own == null) {
            return archive;
        }
        String id = text.strip();
        return own.matcher(id).matches() ? ArticleId.own(id) : Optional.empty();
    }

    /** The article a link's target names by its id alone ({@code Q256211}, {@code KB-1042}), if it does. */
    public Optional<ArticleId> linked(String target) {
        Matcher m = ARCHIVE_LINK.matcher(target);
        if (m.matches()) {
            return Optional.of(ArticleId.archive(Integer.parseInt(m.group(1))));
        }
        return own != null && own.matcher(target).matches() ? ArticleId.own(target) : Optional.empty();
    }

    /** The ids mentioned in text, in order: {@linkplain Mentions Q numbers} and the team's ids. */
    public List<Mentions.Mention> mentions(String text) {
        List<Mentions.Mention> archive = Mentions.find(text);
        if (own == null) {
            return archive;
        }
        List<Mentions.Mention> all = new ArrayList<>(archive);
        Matcher m = mention.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            ArticleId.own(m.group()).ifPresent(id -> all.add(new Mentions.Mention(start, end, id)));
        }
        if (all.size() == archive.size()) {
            return archive;
        }
        all.sort(Comparator.comparingInt(Mentions.Mention::start));
        List<Mentions.Mention> out = new ArrayList<>(all.size());
        int end = 0;
        for (Mentions.Mention x : all) {
            if (x.start() >= end) {
                out.add(x);
                end = x.end();
            }
        }
        return out;
    }

    /** The citation a line is ({@code Q236325 How to Obtain...}, {@code KB-1042: Sync stops}), if it is one. */
    public Optional<Mentions.Citation> citation(String line) {
        Optional<Mentions.Citation> archive = Mentions.citation(line);
        if (archive.isPresent() || citation == null || line.length() > Mentions.MAX_CITATION) {
            return archive;
        }
        Matcher m = citation.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group("kbtitle");
        return ArticleId.own(m.group("kbid")).map(id -> new Mentions.Citation(id, title));
    }

    /**
     * The id a new article takes: with a team's pattern, the highest of the team's ids taken with its last number one
     * higher ({@code KB-0042} after {@code KB-0041}), or the first number the pattern takes after its fixed start
     * ({@code KB-0001} for {@code KB-\d{4}}); without one, the Q number after the highest. Empty when no id can be
     * made from the pattern.
     */
    public Optional<ArticleId> next(Collection<ArticleId> taken) {
        if (own == null) {
            int last = taken.stream()
                    .filter(ArticleId::isArchive)
                    .mapToInt(ArticleId::number)
                    .max()
                    .orElse(0);
            return Optional.of(ArticleId.archive(last + 1));
        }
        Set<ArticleId> used = new HashSet<>(taken);
        Optional<ArticleId> highest =
                taken.stream().filter(id -> !id.isArchive()).max(Comparator.naturalOrder());
        if (highest.isPresent()) {
            Matcher digits = LAST_NUMBER.matcher(highest.get().value());
            if (digits.matches() && digits.group(2).length() <= 18) {
                String prefix = digits.group(1);
                String number = digits.group(2);
                for (long n = Long.parseLong(number) + 1; n < Long.parseLong(number) + 1000; n++) {
                    String next = prefix + pad(n, number.length()) + digits.group(3);
                    Optional<ArticleId> id = parse(next);
                    if (id.isPresent() && !id.get().isArchive() && !used.contains(id.get())) {
                        return id;
                    }
                }
            }
        }
        String start = fixedStart(pattern);
        for (int width = 1; width <= 9; width++) {
            if (parse(start + pad(1, width)).filter(id -> !id.isArchive()).isEmpty()) {
                continue;
            }
            for (int n = 1; n < 100_000; n++) {
                Optional<ArticleId> id = parse(start + pad(n, width));
                if (id.isPresent() && !used.contains(id.get())) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The text a pattern starts with before its first special character: {@code KB-} of {@code KB-\d{4}}. */
    private static String fixedStart(String pattern) {
        int end = 0;
        while (end < pattern.length() && "\\[](){}.*+?^$|".indexOf(pattern.charAt(end)) < 0) {
            end++;
        }
        return pattern.substring(0, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdScheme other && other.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern.isEmpty() ? "Q numbers" : "Q numbers and " + pattern;
    }
}
