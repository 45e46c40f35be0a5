package kb.cli.build;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import kb.model.parse.ArticleParser;
import kb.model.parse.Diagnostic;
import kb.render.SiteConfig;
import kb.render.SiteRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb build [CONTENT] --out DIR}: the HTML site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the HTML site of the articles under CONTENT (default: content) into --out (default: site).",
            "The first build renders every page; later ones read only changed files and write only changed pages.",
            "Exit status 1 when some articles have errors (the rest of the site is still built)."})
public final class BuildCommand implements Callable<Integer> {
    private static final int MAX_LISTED = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTENT", defaultValue = "content", description = "Content folder.")
    Path content;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "site", description = "Output folder (default: site).")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "Theme folder: templates/ and static/ files here replace the built-in ones by name.")
    Path theme;

    @Option(names = "--title", defaultValue = "Knowledge Base", description = "Site title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--base-url", defaultValue = SiteConfig.DEFAULT_BASE_URL,
            description = "Where the site will be published, for the sitemap and feed (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--full", description = "Render every page, ignoring what the last build left.")
    boolean full;

    @Option(names = "--index", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep the search index beside the site up to date (kb search, kb eval and kb serve read it);"
                    + " on by default, --no-index skips it.")
    boolean index;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + content);
        }
        if (theme != null && !Files.isDirectory(theme)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "theme is not a folder: " + theme);
        }
        SiteConfig config;
        try {
            config = SiteConfig.defaults().withTitle(title).withBaseUrl(baseUrl).withTheme(theme);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String refusal = OutputGuard.refusal(content, out);
        if (refusal != null) {
            spec.commandLine().getErr().println("kb: " + refusal);
            return 2;
        }
        BuildReport report = build(content, out, config, full, index);
        print(spec.commandLine().getOut(), report);
        return report.diagnostics().stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }

    /** Builds with progress bars on a terminal. */
    public static BuildReport build(Path content, Path out, SiteConfig config, boolean full) throws Exception {
        return build(content, out, config, full, false);
    }

    /** Builds with progress bars on a terminal, and the search index when asked. */
    public static BuildReport build(Path content, Path out, SiteConfig config, boolean full, boolean index)
            throws Exception {
        var reading = kb.cli.Progress.bar("Reading");
        var rendering = kb.cli.Progress.bar("Rendering");
        try {
            // The theme is read while the build lists and reads the content.
            var renderer = SiteBuilder.onOwnThread("kb-theme", () -> new SiteRenderer(config));
            return new SiteBuilder(ArticleParser.create(), renderer, reading, rendering)
                    .withIndex(index).build(content, out, full);
        } finally {
            reading.done();
            rendering.done();
        }
    }

    private void print(PrintWriter w, BuildReport r) {
        r.diagnostics().stream().sorted(Comparator.comparing(Diagnostic::severity)).limit(MAX_LISTED)
                .forEach(w::println);
        if (r.diagnostics().size() > MAX_LISTED) {
            w.printf("... and %,d more (kb check %s lists them)%n", r.diagnostics().size() - MAX_LISTED, content);
        }
        long errors = r.diagnostics().stream().filter(Diagnostic::isError).count();
        w.printf("Built %s from %s: %,d articles, %,d files (%,d written, %,d unchanged, %,d removed), %,d sources read,"
                        + " %,d errors, in %.1f s%n",
                out, content, r.articles(), r.pages(), r.written(), r.unchanged(), r.removed(), r.read(), errors,
                r.seconds());
        w.flush();
    }
}
