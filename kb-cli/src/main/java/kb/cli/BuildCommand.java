package kb.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.Diagnostic;
import kb.render.site.SiteConfig;
import kb.render.view.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb build [CONTENT] --out DIR}: the HTML site. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the HTML site of the articles under CONTENT (default: content) into --out (default: site).",
            "The first build renders every page; later ones read only changed files and write only changed pages.",
            "Exit status 1 when some articles have errors (the rest of the site is still built)."
        })
public final class BuildCommand implements Callable<Integer> {
    private static final int MAX_LISTED = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    LookOptions look;

    @Mixin
    ConfigOption settings;

    @Option(names = "--full", description = "Build everything afresh, ignoring what the last build left.")
    boolean full;

    @Option(
            names = "--drafts",
            description = "Publish the articles marked 'draft: true' too (kb serve always shows them).")
    boolean drafts;

    @Option(
            names = "--index",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Keep the search index beside the site up to date (kb search, kb eval and kb serve read it);"
                    + " on by default, --no-index skips it.")
    boolean index;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    /** How long each stage of a build took, one line each. */
    static void printTimings(BuildReport r, PrintWriter w) {
        for (Map.Entry<String, Duration> e : r.stages().entrySet()) {
            w.printf("%-14s %7.2f s%n", e.getKey(), e.getValue().toNanos() / 1e9);
        }
    }

    @Override
    public Integer call() throws Exception {
        SiteBuild.Builder build = site.build(spec.commandLine());
        SiteConfig config = look.config(spec.commandLine());
        Optional<BuildReport> report =
                SiteOptions.run(build.config(config).full(full).index(index).drafts(drafts), spec.commandLine(), false);
        if (report.isEmpty()) {
            return ExitCodes.USAGE;
        }
        print(spec.commandLine().getOut(), report.get());
        if (!config.published()) {
            spec.commandLine()
                    .getErr()
                    .println("kb build: no --base-url, so the site has no sitemap and no feed (they need the address"
                            + " it is published at)");
        }
        return report.get().errors() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private void print(PrintWriter w, BuildReport r) {
        r.diagnostics().stream()
                .sorted(Comparator.comparing(Diagnostic::severity))
                .limit(MAX_LISTED)
                .forEach(w::println);
        if (r.diagnostics().size() > MAX_LISTED) {
            w.printf(
                    "... and %,d more (kb check %s lists them)%n",
                    r.diagnostics().size() - MAX_LISTED, site.content);
        }
        if (timings) {
            printTimings(r, w);
        }
        w.println(r.summary(site.out, site.content));
        r.search()
                .ifPresent(s -> w.printf(
                        "Search in the browser: %s, %s in %s/search (%,d written, %s)%n",
                        Count.of(s.files(), "file"),
                        size(s.totalBytes()),
                        site.out,
                        s.written(),
                        size(s.writtenBytes())));
        w.flush();
    }

    private static String size(long bytes) {
        return bytes >= 1_000_000
                ? String.format("%.1f MB", bytes / 1e6)
                : String.format("%,d KB", (bytes + 999) / 1000);
    }
}
