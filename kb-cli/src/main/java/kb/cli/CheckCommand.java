package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kb.links.LinkChecker;
import kb.model.Diagnostic;
import kb.model.Severity;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusSummary;
import kb.model.json.ArticleJson;
import kb.render.view.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb check [CONTENT]}: reads every article and reports what it found. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Reads every article under CONTENT (default: content) and prints a summary: articles by format and product, sections by kind,"
                    + " references resolved and dangling, and every problem with its file and line.",
            "Exit status 1 when there are errors."
        })
final class CheckCommand implements Callable<Integer> {
    private static final int MAX_LISTED = 50;
    private static final int MAX_PRODUCTS = 12;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption settings;

    @Mixin
    ContentOptions content;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONTENT",
            defaultValue = "content",
            description = "Content folder (default: content).")
    Path dir;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--all", description = "List every diagnostic, not just the first " + MAX_LISTED + ".")
    boolean all;

    @Option(
            names = "--links",
            paramLabel = "SITE",
            description = "Check a built site instead: every internal href and src must lead to one of its files.")
    Path links;

    @Override
    public Integer call() throws Exception {
        if (links != null) {
            return checkLinks();
        }
        long start = System.nanoTime();
        Corpus corpus = content.read(dir, spec.commandLine());
        CorpusSummary summary = CorpusSummary.of(corpus);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("articles", summary.articles());
            object.put("errors", summary.errors());
            object.put("warnings", summary.warnings());
            object.put("references", summary.references());
            object.put("danglingReferences", summary.danglingReferences());
            object.put("danglingIds", summary.danglingIds());
            object.put("duplicateIds", summary.duplicateIds());
            object.put("formats", summary.formats());
            object.put("products", summary.products());
            object.put("sections", summary.sections());
            object.put(
                    "diagnostics",
                    corpus.diagnostics().stream().map(Diagnostic::toString).toList());
            out.println(ArticleJson.mapper().writeValueAsString(object));
        } else {
            printText(out, corpus, summary, (System.nanoTime() - start) / 1e9);
        }
        out.flush();
        return summary.errors() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private int checkLinks() throws Exception {
        if (!java.nio.file.Files.isDirectory(links)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a folder: " + links);
        }
        long start = System.nanoTime();
        Progress progress = Progress.onTerminal(spec.commandLine().getErr());
        LinkChecker.Report report;
        try {
            report = LinkChecker.check(links, progress.bar("Checking"));
        } finally {
            progress.done();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("pages", report.pages());
            object.put("links", report.links());
            object.put("broken", report.broken().size());
            object.put(
                    "brokenLinks",
                    report.broken().stream().map(Object::toString).toList());
            out.println(ArticleJson.mapper().writeValueAsString(object));
        } else {
            report.broken().stream().limit(all ? Long.MAX_VALUE : MAX_LISTED).forEach(out::println);
            out.printf(
                    "Links        %s, %s, %,d broken (%.1f s)%n",
                    Count.of(report.pages(), "page"),
                    Count.of(report.links(), "internal link"),
                    report.broken().size(),
                    (System.nanoTime() - start) / 1e9);
        }
        out.flush();
        return report.broken().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void printText(PrintWriter out, Corpus corpus, CorpusSummary s, double seconds) {
        corpus.diagnostics().stream()
                .sorted(Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic::source))
                .limit(all ? Long.MAX_VALUE : MAX_LISTED)
                .forEach(out::println);
        if (!all && corpus.diagnostics().size() > MAX_LISTED) {
            out.printf(
                    "... and %,d more (--all lists them)%n",
                    corpus.diagnostics().size() - MAX_LISTED);
        }
        if (!corpus.diagnostics().isEmpty()) {
            out.println();
        }
        out.printf("%-12s %,d in %s (%.1f s)%n", "Articles", s.articles(), dir, seconds);
        out.printf("%-12s %s%n", "Formats", join(s.formats()));
        int more = s.products().size() - MAX_PRODUCTS;
        out.printf(
                "%-12s %s%s%n",
                "Products",
                join(limit(s.products(), MAX_PRODUCTS)),
                more > 0 ? String.format(" and %,d more", more) : "");
        out.printf("%-12s %s%n", "Sections", join(s.sections()));
        out.printf(
                "%-12s %,d resolved, %,d dangling (%s not in %s)%n",
                "References", s.references(), s.danglingReferences(), Count.of(s.danglingIds(), "id"), dir);
        if (s.duplicateIds() > 0) {
            out.printf("%-12s %s in more than one file%n", "Duplicates", Count.of(s.duplicateIds(), "id"));
        }
        Map<Severity, Long> bySeverity = corpus.diagnostics().stream()
                .collect(Collectors.groupingBy(Diagnostic::severity, Collectors.counting()));
        out.printf(
                "%-12s %s, %s, %s%n",
                "Diagnostics",
                Count.of(bySeverity.getOrDefault(Severity.ERROR, 0L), "error"),
                Count.of(bySeverity.getOrDefault(Severity.WARNING, 0L), "warning"),
                Count.of(bySeverity.getOrDefault(Severity.INFO, 0L), "note"));
    }

    private static <K> String join(Map<K, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Integer> limit(Map<String, Integer> counts, int n) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
