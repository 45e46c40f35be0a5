package kb.search.web;

import java.util.stream.Collectors;

/**
 * The page's search code as served: without its comment lines, indentation and blank lines. The source keeps one
 * statement or comment a line, so nothing else needs to be understood.
 */
final class Minified {
    private Minified() {}

    static String of(String source) {
        return source.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
