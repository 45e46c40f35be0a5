package kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kb.model.Diagnostic;
import kb.model.SourceFormat;
import kb.model.build.BuildContext;
import kb.model.build.BuildListener;
import kb.model.build.SiteLayout;
import kb.model.build.SiteOutput;
import kb.model.corpus.CorpusReader;
import kb.model.corpus.CorpusState;
import kb.model.corpus.SourceListing;
import kb.model.io.BinaryReader;
import kb.model.parse.ArticleParser;
import kb.render.PagesOutput;
import kb.render.link.SitePaths;
import kb.render.site.SiteConfig;
import kb.search.IndexOutput;
import kb.search.related.RelatedOutput;
import kb.search.web.WebIndexOutput;

/**
 * Builds a site from a content folder. The build reads the corpus (only what changed since the last build), then hands
 * the same corpus and change to each output (the related articles, the pages, the search index), each keeping its own
 * state beside the site; once the site is in line, every state the next build starts from is written.
 *
 * <p>A build holds the site's lock for as long as it runs. It marks the state folder while it changes the site and
 * its states, and removes the mark once every output and state is in line, so that the build after one that was
 * killed makes everything afresh.
 */
public final class SiteBuild {
    private static final String CORPUS = "corpus.bin";

    private final Path content;
    private final SiteLayout layout;
    private final SiteConfig config;
    private final ArticleParser parser;
    private final boolean full;
    private final boolean drafts;
    private final boolean index;
    private final BuildListener listener;
    private final Optional<SourceListing> listing;

    private SiteBuild(Builder b) {
        this.content = b.content;
        this.layout = SiteLayout.of(b.site);
        this.config = b.config;
        this.parser = ArticleParser.builder()
                .format(b.format)
                .ids(b.config.ids())
                .maxBytes(b.articleLimit)
                .build();
        this.full = b.full;
        this.drafts = b.drafts;
        this.index = b.index;
        this.listener = b.listener;
        this.listing = b.listing;
    }

    public static Builder builder(Path content, Path site) {
        return new Builder(content, site);
    }

    /** Why kb must not build this site from this content, if it must not. */
    public Optional<String> refusal() throws IOException {
        return OutputGuard.refusal(content, layout);
    }

    /**
     * Builds the site: what it makes, each output after the outputs it needs, is the list below.
     *
     * @throws IllegalArgumentException when kb must not write where the site or its state would go
     * @throws IOException when the site or its state cannot be written, or another build holds the site's lock
     */
    public BuildReport run() throws Exception {
        try (Built built = start()) {
            built.finish();
            return built.report();
        }
    }

    /**
     * Builds the site and returns as soon as it is in line, while the states the next build starts from are still being
     * written: {@link Built#finish} waits for them (kb serve tells the open pages to reload first). The site's lock is
     * held until then.
     *
     * @throws IllegalArgumentException when kb must not write where the site or its state would go
     * @throws IOException when the site cannot be written, or another build holds the site's lock
     */
    public Built start() throws Exception {
        RelatedOutput related = new RelatedOutput();
        PagesOutput pages = new PagesOutput(config, related);
        List<SiteOutput> outputs = new ArrayList<>(List.of(related, pages));
        Optional<WebIndexOutput> web = Optional.empty();
        if (index) {
            IndexOutput searchIndex = new IndexOutput(SitePaths::articleDir, config.products());
            web = Optional.of(new WebIndexOutput(searchIndex, pages));
            outputs.add(searchIndex);
            outputs.add(web.get());
        }
        return start(outputs, Optional.of(pages), web);
    }

    /**
     * Makes the search index alone, whole, from every article (no pages). What the last build saved is neither read
     * nor replaced: the next build brings everything in line from there.
     */
    public BuildReport index() throws Exception {
        try (Built built = start(
                List.of(new IndexOutput(SitePaths::articleDir, config.products())),
                Optional.empty(),
                Optional.empty())) {
            built.finish();
            return built.report();
        }
    }

    /**
     * A build whose site is in line, and the writing of its states: {@link #finish} waits for that, removes the mark of
     * a build under way and lets the site's lock go; {@link #close} lets it go in any case (a build that fails to
     * finish leaves the mark, and the next build makes everything again).
     */
    public static final class Built implements AutoCloseable {
        private final Supplier<BuildReport> report;
        private final CompletableFuture<Void> saved;
        private final Optional<Path> mark;
        private final Stages stages;
        private final SiteLock lock;

        private Built(
                Supplier<BuildReport> report,
                CompletableFuture<Void> saved,
                Optional<Path> mark,
                Stages stages,
                SiteLock lock) {
            this.report = report;
            this.saved = saved;
            this.mark = mark;
            this.stages = stages;
            this.lock = lock;
        }

        /** What the build did so far: its stages, and its time until now (the states' writing once finished). */
        public BuildReport report() {
            return report.get();
        }

        /** Waits for the states to be written, then removes the mark of a build under way. */
        public void finish() throws Exception {
            Stages.join(saved);
            if (mark.isPresent()) {
                Files.delete(mark.get());
            }
        }

        @Override
        public void close() throws IOException {
            try {
                stages.close();
            } finally {
                lock.close();
            }
        }
    }

    private Built start(List<SiteOutput> outputs, Optional<PagesOutput> pages, Optional<WebIndexOutput> web)
            throws Exception {
        boolean site = pages.isPresent();
        long start = System.nanoTime();
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get());
        }
        Recorder record = new Recorder(listener);
        Files.createDirectories(layout.state());
        Path marker = layout.stateFile(SiteLayout.STATE_MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "This folder holds what kb build keeps between builds of the site beside it.\n");
        }
        // The lock is held, and the build's threads kept, until the caller is done with what this returns.
        SiteLock lock = SiteLock.take(layout.lock(), layout.site());
        Stages stages;
        try {
            stages = new Stages(record);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
        try {
            // Temporary files a killed build left; nothing in the scratch space outlives a build.
            clear(layout.scratch());
            boolean interrupted = site && Files.exists(layout.building());
            if (interrupted && !full) {
                record.notice("the last build of " + layout.site() + " did not finish; everything is built again");
            }
            // What the last build saved, and what each output needs of its own, are read while the content is listed.
            CompletableFuture<Optional<CorpusState>> saved =
                    stages.start("state", () -> full || interrupted || !site ? Optional.empty() : savedCorpus(record));
            List<CompletableFuture<Void>> prepared = outputs.stream()
                    .map(o -> stages.start(o.name() + " setup", () -> {
                        o.prepare(layout);
                        return (Void) null;
                    }))
                    .toList();
            CorpusReader reader = new CorpusReader(parser, drafts);
            CorpusReader.Result read = stages.run("sources", () -> {
                SourceListing listing = this.listing.orElseGet(() -> SourceListing.of(content));
                return reader.read(
                        content, listing, Stages.join(saved), (done, total) -> record.progress("sources", done, total));
            });
            for (CompletableFuture<Void> p : prepared) {
                Stages.join(p);
            }
            if (!site) {
                stages.run(outputs, new BuildContext(read.corpus(), read.change(), layout, record));
                return new Built(
                        () -> report(
                                read, new PagesOutput.Result(true, 0, 0, 0, 0, 0), Optional.empty(), record, start),
                        stages.save(outputs),
                        Optional.empty(),
                        stages,
                        lock);
            }
            // From here until the site and its state are in line, a crash leaves the mark: the next build rebuilds all.
            Files.writeString(
                    layout.building(), "a build started here; if it did not finish, the next one rebuilds all\n");
            stages.run(outputs, new BuildContext(read.corpus(), read.change(), layout, record));
            // The site is in line: what the next build starts from is written now, every state side by side. Until
            // the mark goes, a build that stopped makes everything again, whatever state it left.
            CompletableFuture<Void> corpusSaved = stages.start("save", () -> {
                read.state().write(layout.stateFile(CORPUS));
                return null;
            });
            return new Built(
                    () -> report(read, pages.get().result(), web.map(WebIndexOutput::summary), record, start),
                    CompletableFuture.allOf(corpusSaved, stages.save(outputs)),
                    Optional.of(layout.building()),
                    stages,
                    lock);
        } catch (Exception | Error e) {
            try {
                stages.close();
            } finally {
                lock.close();
            }
            throw e;
        }
    }

    private static BuildReport report(
            CorpusReader.Result read,
            PagesOutput.Result pages,
            Optional<WebIndexOutput.Summary> search,
            Recorder record,
            long start) {
        List<Diagnostic> diagnostics = new ArrayList<>(read.corpus().diagnostics());
        diagnostics.addAll(read.corpus().readFailures());
        return new BuildReport(
                read.change().full() || pages.full(),
                read.corpus().size(),
                read.parsed(),
                pages.files(),
                pages.rendered(),
                pages.written(),
                pages.unchanged(),
                pages.removed(),
                search,
                diagnostics,
                List.copyOf(record.notices),
                record.stages(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Empties a folder of the state folder's, which kb made. */
    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** The corpus the last build saved; none, with a notice, when it cannot be read. */
    private Optional<CorpusState> savedCorpus(BuildListener listener) {
        return switch (CorpusState.read(layout.stateFile(CORPUS))) {
            case BinaryReader.Result.Read<CorpusState> r -> Optional.of(r.value());
            case BinaryReader.Result.Missing<CorpusState> m -> Optional.empty();
            case BinaryReader.Result.Unusable<CorpusState> u -> {
                listener.notice("the saved state of the last build could not be read (" + u.reason()
                        + "); every article is read again");
                yield Optional.empty();
            }
        };
    }

    /** Passes everything on to the build's listener, and keeps the notices and each stage's time for the report. */
    static final class Recorder implements BuildListener {
        private final BuildListener to;
        final ConcurrentLinkedQueue<String> notices = new ConcurrentLinkedQueue<>();
        private final Map<String, Duration> stages = new LinkedHashMap<>();

        Recorder(BuildListener to) {
            this.to = to;
        }

        @Override
        public void started(String stage) {
            to.started(stage);
        }

        @Override
        public void progress(String stage, int done, int total) {
            to.progress(stage, done, total);
        }

        @Override
        public void finished(String stage, Duration took) {
            synchronized (stages) {
                stages.put(stage, took);
            }
            to.finished(stage, took);
        }

        /**
         * Each stage's time so far, in the order they finished. The report is made while the states are still being
         * saved, each save a stage that finishes on a thread of its own.
         */
        Map<String, Duration> stages() {
            synchronized (stages) {
                return new LinkedHashMap<>(stages);
            }
        }

        @Override
        public void notice(String message) {
            notices.add(message);
            to.notice(message);
        }
    }

    /** A build's options; the defaults are the command line's. */
    public static final class Builder {
        private final Path content;
        private final Path site;
        private SiteConfig config = SiteConfig.defaults();
        private SourceFormat format;
        private boolean full;
        private boolean drafts;
        private boolean index = true;
        private BuildListener listener = BuildListener.NONE;
        private Optional<SourceListing> listing = Optional.empty();
        private long articleLimit = ArticleParser.MAX_BYTES;

        private Builder(Path content, Path site) {
            this.content = Objects.requireNonNull(content, "content");
            this.site = Objects.requireNonNull(site, "site");
        }

        public Builder config(SiteConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Reads every source as this format instead of detecting it; null to detect. */
        public Builder format(SourceFormat format) {
            this.format = format;
            return this;
        }

        /** Whether the site takes the drafts in (kb serve, kb build --drafts); a published site leaves them out. */
        public Builder drafts(boolean drafts) {
            this.drafts = drafts;
            return this;
        }

        /** Builds everything afresh, whatever the last build left. */
        public Builder full(boolean full) {
            this.full = full;
            return this;
        }

        /** Keeps the search index beside the site (on by default). */
        public Builder index(boolean index) {
            this.index = index;
            return this;
        }

        /**
         * The content folder's files as they are now, when the caller knows them (kb serve, told what changed by its
         * watcher): the build does not list the folder then.
         */
        public Builder listing(SourceListing listing) {
            this.listing = Optional.of(listing);
            return this;
        }

        /** The largest file read as an article; a larger one is left out with an error. */
        public Builder articleLimit(long bytes) {
            this.articleLimit = bytes;
            return this;
        }

        public Builder listener(BuildListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public SiteBuild build() {
            return new SiteBuild(this);
        }
    }
}
