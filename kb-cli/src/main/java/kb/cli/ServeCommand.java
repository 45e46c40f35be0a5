package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import kb.model.Diagnostic;
import kb.model.build.SiteLayout;
import kb.model.corpus.SourceListing;
import kb.model.io.StateMemory;
import kb.render.site.SiteConfig;
import kb.render.view.Count;
import kb.server.KbServer;
import kb.server.LiveReload;
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
    /**
     * How long the content must stay unchanged before it is built again: an editor's save is often several writes (a
     * temporary file and a rename, or a truncation and a write), a few milliseconds apart. Every millisecond of it is
     * part of the wait for the page to reload; a tool that writes many files more slowly than this makes one build more,
     * after which the last one brings the site in line.
     */
    private static final Duration SETTLE = Duration.ofMillis(50);

    /** The longest a stop waits for a build's states to be written. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(30);

    /** Problems listed in the terminal and the pages after a build. */
    private static final int MAX_PROBLEMS = 20;

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

    @Option(
            names = "--watch",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Build again when the content, the theme or kb.yaml changes, and reload the pages open in"
                    + " browsers (on by default; --no-watch serves the site as it is).")
    boolean watch;

    @Option(names = "--timings", description = "Print how long each stage of each build again took.")
    boolean timings;

    /**
     * Held while the site is built again, until the states the next build starts from are written (after the pages were
     * told to reload); and by the shutdown from the moment it has it, so that no build starts under it.
     */
    private final ReentrantLock building = new ReentrantLock();

    private final IdleCollector collector = IdleCollector.of();

    /** Builds of a sample of the content that ready the JVM for the site's builds again, until the first of them. */
    private volatile WarmUp warmUp;

    /** The content's files as the watcher last told of them: a build again does not list the folder. */
    private volatile SourceListing listing;

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
        SiteConfig config = look.config(spec.commandLine());
        if (watch) {
            // Each build again takes what the last one saved from memory rather than from its files.
            StateMemory.keepFromNowOn();
        }
        // An author sees the drafts, marked as such.
        Optional<BuildReport> report = SiteOptions.run(build.config(config).drafts(true), spec.commandLine(), false);
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
        try (KbServer server = KbServer.start(site.out, SiteLayout.of(site.out).index(), address, port, watch)) {
            ContentWatcher watching = watch ? watch(server, config) : null;
            if (watching != null) {
                warmUp = WarmUp.start(listing, config, collector::afterBuild).orElse(null);
            }
            // A page opened before the first save shows the first build's errors too.
            server.live().ifPresent(l -> l.built(String.join("\n", problems(report.get()))));
            if (server.reachableFromOthers()) {
                out.printf(
                        "WARNING: listening on %s, not only this machine: whoever can reach it on port %d can read"
                                + " the site and search it.%n",
                        address.getHostAddress(), server.port());
            }
            out.printf(
                    "Serving %s at %s (search: %sapi/search?q=...). %sCtrl-C stops.%n",
                    site.out,
                    server.url(),
                    server.url(),
                    watch ? "Builds again and reloads open pages when the content changes. " : "");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // A build under way is finished first, its states written, so that the next kb serve or kb build
                // need not make all again (a build stopped half-way leaves the mark that makes the next one build
                // everything); and the warm-up's temporary folder is removed. Only then does the watcher stop.
                try {
                    WarmUp w = warmUp;
                    if (w != null) {
                        w.stopAndWait(SAVE_WAIT.toMillis());
                    }
                    if (!building.tryLock()) {
                        out.println("kb serve: finishing the build under way before stopping");
                        out.flush();
                        // Kept once taken: no build starts while the process ends.
                        var unused = building.tryLock(SAVE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    stop.countDown();
                }
            }));
            try {
                stop.await();
            } finally {
                if (watching != null) {
                    watching.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Watches what the site is made from, and builds it again in this process when it changes. */
    private ContentWatcher watch(KbServer server, SiteConfig first) throws IOException {
        CommandLine cmd = spec.commandLine();
        Optional<Path> settings = ConfigDefaults.of(cmd).map(ProjectConfig::file);
        List<Path> folders = new ArrayList<>(List.of(site.content));
        first.theme().ifPresent(folders::add);
        LiveReload live = server.live().orElseThrow();
        ContentWatcher watcher = ContentWatcher.start(folders, settings.stream().toList(), SETTLE, changes -> {
            try {
                rebuild(settings, live, changes);
            } catch (RuntimeException e) {
                Failure.report("kb serve: the build failed: ", e, cmd.getErr());
                live.built("the build failed: " + Failure.describe(e));
            }
        });
        // Listed once the watcher runs: whatever changes from here on, it tells.
        listing = SourceListing.of(site.content);
        return watcher;
    }

    private void rebuild(Optional<Path> settings, LiveReload live, ContentWatcher.Changes changes) {
        building.lock();
        try {
            rebuildHeld(settings, live, changes);
        } finally {
            building.unlock();
        }
    }

    private void rebuildHeld(Optional<Path> settings, LiveReload live, ContentWatcher.Changes changes) {
        stopWarmUp();
        CommandLine cmd = spec.commandLine();
        PrintWriter out = cmd.getOut();
        Optional<ProjectConfig> file = Optional.empty();
        if (settings.isPresent()) {
            try {
                file = Optional.of(ProjectConfig.read(settings.get()));
            } catch (ProjectConfig.Problem e) {
                cmd.getErr().println("kb serve: " + e.getMessage() + " (the site is left as it was)");
                cmd.getErr().flush();
                live.built(e.getMessage());
                return;
            }
        }
        SiteConfig config = look.config(cmd, file);
        SourceListing before = listing;
        listing = before == null || changes.all()
                ? SourceListing.of(site.content)
                : before.updated(site.content, changes.paths());
        try (SiteBuild.Built built = SiteBuild.builder(site.content, site.out)
                .articleLimit(ProjectConfig.maxArticleBytes(file))
                .config(config)
                .listing(listing)
                .drafts(true)
                .build()
                .start()) {
            BuildReport r = built.report();
            List<String> problems = problems(r);
            problems.forEach(out::println);
            out.printf(
                    "Built again in %.2f s: %,d written, %,d removed, %s%n",
                    r.seconds(), r.written(), r.removed(), Count.of(r.errors(), "error"));
            out.flush();
            live.built(String.join("\n", problems));
            // What the next build starts from is written once the open pages have been told to reload.
            try {
                built.finish();
            } catch (Exception e) {
                cmd.getErr()
                        .println("kb serve: what the next build starts from could not be saved (" + e.getMessage()
                                + "); it will build everything again");
                cmd.getErr().flush();
            }
            collector.afterBuild();
            if (timings) {
                BuildCommand.printTimings(built.report(), out);
                out.flush();
            }
        } catch (Exception e) {
            throw new IllegalStateException(Failure.describe(e), e);
        }
    }

    private void stopWarmUp() {
        WarmUp w = warmUp;
        if (w != null) {
            w.stop();
            warmUp = null;
        }
    }

    /** The errors of a build, as printed, at most {@value #MAX_PROBLEMS}: what the open pages show over themselves. */
    private static List<String> problems(BuildReport r) {
        return r.diagnostics().stream()
                .filter(Diagnostic::isError)
                .limit(MAX_PROBLEMS)
                .map(Object::toString)
                .toList();
    }
}
