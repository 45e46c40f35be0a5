package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.server.KbServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb serve [CONTENT] [--port N]}: builds (or brings up to date) the site and its index, then serves them. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the site of CONTENT (default: content) with its search index, or brings it up to date,",
            "then serves it on http://127.0.0.1:PORT/ with search at /api/search. Ctrl-C stops it."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTENT", defaultValue = "content", description = "Content folder.")
    Path content;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "site",
            description = "Site folder (default: site).")
    Path out;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + content);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        SiteBuild.Builder build = SiteBuild.builder(content, out);
        var refusal = build.build().refusal();
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println("kb: " + refusal.get());
            return ExitCodes.USAGE;
        }
        BuildReport report = BuildCommand.run(build, spec.commandLine().getErr());
        spec.commandLine()
                .getOut()
                .printf(
                        "Built %s: %,d articles, %,d written, %,d unchanged%n",
                        out, report.articles(), report.written(), report.unchanged());
        try (KbServer server = KbServer.start(out, SiteLayout.of(out).index(), port)) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Serving %s at %s (search: %sapi/search?q=...). Ctrl-C stops.%n",
                            out, server.url(), server.url());
            spec.commandLine().getOut().flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
