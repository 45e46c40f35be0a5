package kb.search.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people write the products and versions an article applies to, made from its "applies to" lines ({@code Microsoft
 * Visual Basic Learning Edition for Windows, versions 5.0, 6.0}): the name's initials ({@code vb}, {@code vfp} for
 * Visual FoxPro), its words in capitals ({@code NT}), a one-word name, each glued to each version as written and, for
 * a version ending in {@code .0}, to its major number ({@code vb5}, {@code vb5.0}, {@code nt4}, {@code windows95},
 * {@code sms2}). The versions alone are left out: {@code 3.5} stands for Windows NT as much as for a floppy disk.
 */
public final class ProductMentions {
    /** Words that say which edition or build, not which product. */
    private static final Set<String> EDITIONS = Set.of(
            "standard",
            "professional",
            "enterprise",
            "learning",
            "control",
            "creation",
            "edition",
            "editions",
            "advanced",
            "developer",
            "personal",
            "retail",
            "product",
            "bit");

    private static final Pattern VERSIONS = Pattern.compile("(?i)versions?\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z+#]*|\\d+(?:\\.\\d+)*");

    private ProductMentions() {}

    /**
     * The text with each bracketed part, {@code (...)}, made a space. By hand: a lazy pattern for it tries every opening
     * bracket against the rest of the line, and takes minutes on a long line of them.
     */
    static String withoutBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', from)) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            out.append(text, from, open).append(' ');
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The mentions of the products of an article's "applies to" lines, in the order first found. */
    public static Set<String> of(List<String> appliesTo) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : appliesTo) {
            mentions(line, out);
        }
        return out;
    }

    private static void mentions(String line, Set<String> out) {
        String rest = line.replaceFirst("(?i)^.*?:\\s*(?=microsoft)", "")
                .replaceFirst("(?i)^(the\\s+)?microsoft\\s+", "")
                .trim();
        List<String> versions = new ArrayList<>();
        Matcher v = VERSIONS.matcher(rest);
        if (v.find()) {
            Matcher n = NUMBER.matcher(v.group(1));
            while (n.find()) {
                versions.add(n.group());
            }
            // What comes before "version", past the spaces and a comma before it.
            rest = rest.substring(0, v.start()).stripTrailing();
            rest = rest.endsWith(",") ? rest.substring(0, rest.length() - 1) : rest;
        }
        // The name: its words up to a comma, a number or "for Windows" (a number there is a version: Windows 95).
        List<String> name = new ArrayList<>();
        String text = withoutBrackets(rest).replaceAll(",.*$", "");
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (Character.isDigit(word.charAt(0))) {
                if (!name.isEmpty()) {
                    versions.add(word);
                }
                break;
            }
            if (word.equalsIgnoreCase("for") && !text.regionMatches(true, w.end(), " workgroups", 0, 11)) {
                break;
            }
            if (!EDITIONS.contains(word.toLowerCase(Locale.ROOT))) {
                name.add(word);
            }
        }
        if (name.isEmpty()) {
            return;
        }
        Set<String> forms = new LinkedHashSet<>();
        if (name.size() > 1) {
            StringBuilder initials = new StringBuilder();
            for (String word : name) {
                // A capital inside a word starts a word of its own (FoxPro: fp); a word in capitals is one word.
                initials.append(Character.toLowerCase(word.charAt(0)));
                if (!inCapitals(word)) {
                    word.chars()
                            .skip(1)
                            .filter(Character::isUpperCase)
                            .forEach(c -> initials.append(Character.toLowerCase((char) c)));
                }
            }
            forms.add(initials.toString());
        }
        for (String word : name) {
            if (word.length() >= 2 && inCapitals(word)) {
                forms.add(word.toLowerCase(Locale.ROOT));
            }
        }
        out.addAll(forms);
        List<String> glued = new ArrayList<>(forms);
        if (name.size() == 1) {
            glued.add(name.getFirst().toLowerCase(Locale.ROOT));
        }
        for (String version : versions) {
            String major = version.replaceFirst("(\\.0)+$", "");
            for (String form : glued) {
                out.add(form + version);
                out.add(form + major);
            }
        }
    }

    /** A word all in capitals (every word of the name starts with a letter). */
    private static boolean inCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }
}
