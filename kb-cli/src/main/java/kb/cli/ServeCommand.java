package kb.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.server.KbServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb serve [CONTENT] [--port N]}: builds (or brings up to date) the site and its index, then serves them. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the site of CONTENT (default: content) with its search index, or brings it up to date, then serves"
                    + " it on http://127.0.0.1:PORT/ with search at /api/search.",
            "Ctrl-C stops it."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        SiteBuild.Builder build = site.build(spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        Optional<BuildReport> report = SiteOptions.run(build, spec.commandLine(), false);
        if (report.isEmpty()) {
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Built %s: %,d articles, %,d written, %,d unchanged%n",
                site.out,
                report.get().articles(),
                report.get().written(),
                report.get().unchanged());
        try (KbServer server = KbServer.start(site.out, SiteLayout.of(site.out).index(), port)) {
            out.printf(
                    "Serving %s at %s (search: %sapi/search?q=...). Ctrl-C stops.%n",
                    site.out, server.url(), server.url());
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
