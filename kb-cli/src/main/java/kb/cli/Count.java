package kb.cli;

/** A count and its noun as a person writes them: {@code 1 article}, {@code 2 articles}, {@code 1,204 files}. */
final class Count {
    private Count() {}

    /** The count with thousands separated, and the noun in the plural unless the count is one. */
    static String of(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : plural(noun));
    }

    private static String plural(String noun) {
        return noun.endsWith("s") || noun.endsWith("x") ? noun + "es" : noun + "s";
    }
}
