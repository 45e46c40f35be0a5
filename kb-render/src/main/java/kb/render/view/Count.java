package kb.render.view;

/**
 * A count and its noun as a person writes them, on pages and in the command line's reports: {@code 1 article},
 * {@code 2 articles}, {@code 1,204 files}.
 */
public final class Count {
    private Count() {}

    /** The count with thousands separated, and the noun in the plural unless the count is one. */
    public static String of(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun.endsWith("s") || noun.endsWith("x") ? noun + "es" : noun + "s";
    }
}
