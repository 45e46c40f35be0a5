package kb.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.render.view.Count;
import kb.server.KbServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kb serve [CONTENT] [--port N] [--host ADDR]}: builds (or brings up to date) the site and its index, then serves them. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the site of CONTENT (default: content) with its search index, or brings it up to date, then serves"
                    + " it on http://127.0.0.1:PORT/ (or --host) with search at /api/search.",
            "Ctrl-C stops it."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    LookOptions look;

    @Mixin
    ConfigOption settings;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " network it is on).")
    String host;

    @Override
    public Integer call() throws Exception {
        SiteBuild.Builder build = site.build(spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--host " + host + " is not an address of" + " this machine or a name that resolves");
        }
        Optional<BuildReport> report =
                SiteOptions.run(build.config(look.config(spec.commandLine())), spec.commandLine(), false);
        if (report.isEmpty()) {
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Built %s: %s, %,d written, %,d unchanged%n",
                site.out,
                Count.of(report.get().articles(), "article"),
                report.get().written(),
                report.get().unchanged());
        try (KbServer server = KbServer.start(site.out, SiteLayout.of(site.out).index(), address, port)) {
            if (server.reachableFromOthers()) {
                out.printf(
                        "WARNING: listening on %s, not only this machine: whoever can reach it on port %d can read"
                                + " the site and search it.%n",
                        address.getHostAddress(), server.port());
            }
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
