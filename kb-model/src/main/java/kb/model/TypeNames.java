package kb.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issue and solution types as a reader says them: {@code kbbug} is "Bug", {@code kbhowto} "How to", {@code kbfix
 * kbpending} "Fix, Fix pending". A code kb does not know is shown as written.
 */
public final class TypeNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("kbbug", "Bug"),
            Map.entry("kbprb", "Problem"),
            Map.entry("kbinfo", "Information"),
            Map.entry("kbhowto", "How to"),
            Map.entry("kbfix", "Fix"),
            Map.entry("kbpending", "Fix pending"),
            Map.entry("kbnofix", "No fix"),
            Map.entry("kbworkaround", "Workaround"),
            Map.entry("kbconfig", "Configuration"),
            Map.entry("kbdocerr", "Documentation error"),
            Map.entry("kbenhance", "Enhancement"),
            Map.entry("kberrmsg", "Error message"),
            Map.entry("none", "None"));

    private TypeNames() {}

    /** The words for a field of one or more codes separated by spaces. */
    public static String of(String codes) {
        return Arrays.stream(codes.trim().split("\\s+"))
                .filter(c -> !c.isEmpty())
                .map(c -> NAMES.getOrDefault(c.toLowerCase(Locale.ROOT), c))
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
