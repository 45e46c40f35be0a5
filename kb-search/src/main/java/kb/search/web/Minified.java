package kb.search.web;

import java.util.List;

/**
 * The page's search code as served: without its comment lines, indentation and blank lines, and a line joined to the
 * next where it cannot end a statement (it ends with an opening bracket, a comma, a semicolon or an operator). The
 * source keeps one statement or comment a line, so nothing else needs to be understood.
 */
final class Minified {
    private Minified() {}

    static String of(String source) {
        List<String> lines = source.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .toList();
        StringBuilder out = new StringBuilder(source.length());
        for (String line : lines) {
            out.append(line);
            out.append(continues(line) ? "" : "\n");
        }
        return out.toString();
    }

    /** Whether a line cannot end a statement, so the next may follow it on the same line. */
    private static boolean continues(String line) {
        char last = line.charAt(line.length() - 1);
        return "{,;([?:=+".indexOf(last) >= 0 || line.endsWith("&&") || line.endsWith("||");
    }
}
