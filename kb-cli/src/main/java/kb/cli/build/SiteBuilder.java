package kb.cli.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.corpus.ProductCodes;
import kb.model.corpus.CorpusLoader;
import kb.model.parse.ArticleParser;
import kb.model.parse.Diagnostic;
import kb.model.parse.ParseResult;
import kb.render.RenderedPage;
import kb.render.SiteRenderer;
import kb.render.site.ArticleMeta;
import kb.render.site.Fingerprint;
import kb.render.site.Page;
import kb.render.site.SiteModel;
import kb.render.site.SitePlanner;
import kb.render.link.SitePaths;
import kb.search.KbIndex;
import kb.search.related.RelatedArticles;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds a site from a content folder.
 *
 * <p>The first build (and any build after one that was interrupted) renders every page into a new folder beside the
 * output and then swaps it in, so a killed build never leaves a half-written site. Later builds read only the source
 * files whose size or time changed, render only the pages whose inputs changed, and write a page only when its bytes
 * differ, each file replaced whole; the state of the last complete build is kept in a hidden folder beside the site
 * ({@code .NAME.kb/}), which the site never serves.
 */
public final class SiteBuilder {
    private static final String STATE = "state.bin";
    private static final String BUILDING = "building";
    private static final String RELATED = "related.bin";
    /** The search index's folder inside the state folder. */
    public static final String INDEX = "index";

    private final ArticleParser parser;
    private final CompletableFuture<SiteRenderer> rendererReady;
    private SiteRenderer renderer;
    private final CorpusLoader.Progress readProgress;
    private final CorpusLoader.Progress renderProgress;
    private boolean index;

    public SiteBuilder(ArticleParser parser, SiteRenderer renderer, CorpusLoader.Progress readProgress,
            CorpusLoader.Progress renderProgress) {
        this(parser, CompletableFuture.completedFuture(renderer), readProgress, renderProgress);
    }

    /** A builder whose renderer is still being set up (templates and theme read on another thread). */
    public SiteBuilder(ArticleParser parser, CompletableFuture<SiteRenderer> renderer,
            CorpusLoader.Progress readProgress, CorpusLoader.Progress renderProgress) {
        this.parser = parser;
        this.rendererReady = renderer;
        this.readProgress = readProgress;
        this.renderProgress = renderProgress;
    }

    /** Also keeps the search index beside the site up to date. */
    public SiteBuilder withIndex(boolean on) {
        this.index = on;
        return this;
    }

    private static final boolean TIMING = System.getenv("KB_TIMING") != null;
    private long lapStart = System.nanoTime();

    /** With KB_TIMING set, prints how long each step took, on standard error. */
    private void lap(String step) {
        if (TIMING) {
            long now = System.nanoTime();
            System.err.printf("%-8s %6.2f s%n", step, (now - lapStart) / 1e9);
            lapStart = now;
        }
    }

    /** Runs a task on a new thread of its own, named for thread dumps. */
    static <T> CompletableFuture<T> onOwnThread(String name, java.util.function.Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, runnable -> Thread.ofPlatform().name(name).start(runnable));
    }

    /** The hidden folder beside a site where kb keeps what it needs between builds. */
    public static Path stateDir(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return o.resolveSibling("." + o.getFileName() + ".kb");
    }

    BuildReport build(Path content, Path out, boolean forceFull) throws IOException {
        long start = System.nanoTime();
        Path site = out.toAbsolutePath().normalize();
        String refusal = OutputGuard.refusal(content, site);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        if (TIMING) {
            long sinceStart = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("%-8s %6.2f s (JVM start to build)%n", "startup", sinceStart / 1e3);
            lapStart = System.nanoTime();
        }
        rendererReady.thenAccept(SiteRenderer::prepareInBackground);
        Path stateDir = Files.createDirectories(stateDir(site));
        Path building = stateDir.resolve(BUILDING);
        boolean interrupted = Files.exists(building);
        // The last state counts only with the site, the relations and the index it describes; without any of them
        // (or with one that cannot be read, or an index of an older kb), build all again.
        boolean trustState = !forceFull && !interrupted && Files.exists(site.resolve(OutputGuard.MARKER));
        // Reading the last state and relations and listing the content are independent: do them at once, each on a
        // thread of its own (the common pool has a single thread on two processors, and would read one after the
        // other).
        CompletableFuture<Optional<BuildState>> readingState = onOwnThread("kb-state", () -> trustState
                ? BuildState.read(stateDir.resolve(STATE)) : Optional.empty());
        CompletableFuture<Optional<RelatedArticles>> readingRelated = onOwnThread("kb-related", () -> trustState
                && (!index || KbIndex.isCurrent(stateDir.resolve(INDEX)))
                ? RelatedArticles.read(stateDir.resolve(RELATED)) : Optional.empty());
        List<CorpusLoader.SourceFile> files = CorpusLoader.sourceFiles(content);
        Optional<RelatedArticles> saved = readingRelated.join();
        Optional<BuildState> old = saved.isPresent() ? readingState.join() : Optional.empty();
        lap("state");
        Sources sources = readSources(files, old);
        lap("sources");
        Function<ArticleId, Article> articles = articleSource(content, sources);
        Set<ArticleId> gone = gone(sources, old);
        boolean contentChanged = old.isEmpty() || !sources.parsed.isEmpty() || !gone.isEmpty();
        // From here until the pages are in place, a crash leaves the marker: the next build then rebuilds all.
        Files.writeString(building, "a build started here; if it did not finish, the next one rebuilds all\n");
        // The index is written while the relations are computed and the pages rendered: rendering waits on the disk
        // as often as on the processor.
        CompletableFuture<Void> indexing = !index || !contentChanged ? CompletableFuture.completedFuture(null)
                : onOwnThread("kb-index", () -> {
                    try {
                        updateIndex(stateDir.resolve(INDEX), sources, gone, old.isEmpty());
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        // The relations and the site model are independent: compute them at once.
        CompletableFuture<RelatedArticles> relating = onOwnThread("kb-relate", () -> {
            if (old.isEmpty()) {
                return RelatedArticles.of(sources.parsed.values());
            }
            saved.get().update(sources.parsed.values(), gone);
            return saved.get();
        });
        renderer = rendererReady.join();
        SiteModel model = new SiteModel(sources.metas.values(), renderer.config().recentSize());
        lap("model");
        RelatedArticles related = relating.join();
        lap("related");
        SitePlanner planner = new SitePlanner(renderer.config(), model, renderer.themeHash(), related::related);
        List<Page> pages = planner.plan();
        lap("plan");

        Map<String, Long> fingerprints = new HashMap<>(pages.size() * 2);
        pages.forEach(p -> fingerprints.put(p.path(), p.fingerprint()));
        CompletableFuture<Void> saving = onOwnThread("kb-save", () -> {
            try {
                new BuildState(sources.state, fingerprints).write(stateDir.resolve(STATE));
                if (contentChanged) {
                    related.write(stateDir.resolve(RELATED));
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int[] counts = old.isEmpty()
                ? buildBeside(site, pages, planner, articles)
                : update(site, pages, planner, articles, old.get());
        lap("render");
        indexing.join();
        lap("index");
        saving.join();
        Files.deleteIfExists(building);
        lap("save");
        return new BuildReport(old.isEmpty(), model.size(), sources.parsed.size(), pages.size()
                + renderer.staticFiles().size(), counts[0], counts[1], counts[2], sources.diagnostics,
                (System.nanoTime() - start) / 1e9);
    }

    /** The articles of the last build that the content no longer holds. */
    private static Set<ArticleId> gone(Sources sources, Optional<BuildState> old) {
        Set<ArticleId> gone = new HashSet<>();
        old.ifPresent(o -> o.sources().values().forEach(s -> s.meta().ifPresent(m -> gone.add(m.id()))));
        gone.removeAll(sources.metas.keySet());
        return gone;
    }

    /**
     * Brings the search index in line with the content: a new index on a full build, otherwise the articles read this
     * time put in and the ones gone taken out.
     */
    private void updateIndex(Path dir, Sources sources, Set<ArticleId> gone, boolean fresh) throws IOException {
        try (KbIndex index = KbIndex.open(dir, fresh)) {
            for (ArticleId id : gone) {
                index.delete(id);
            }
            for (Article a : sources.parsed.values()) {
                if (fresh) {
                    index.add(a, SitePaths.articleDir(a.id()));
                } else {
                    index.put(a, SitePaths.articleDir(a.id()));
                }
            }
        }
    }

    /** The content's articles: metadata of every source, the parsed article of every file read this time. */
    private static final class Sources {
        final Map<String, BuildState.Source> state = new LinkedHashMap<>();
        final Map<ArticleId, ArticleMeta> metas = new LinkedHashMap<>();
        final Map<ArticleId, Article> parsed = new ConcurrentHashMap<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
    }

    private Sources readSources(List<CorpusLoader.SourceFile> files, Optional<BuildState> old) {
        Map<String, BuildState.Source> previous = old.map(BuildState::sources).orElse(Map.of());
        List<CorpusLoader.SourceFile> changed = files.stream().filter(s -> {
            BuildState.Source p = previous.get(s.name());
            return p == null || p.size() != s.size() || p.modified() != s.modifiedMillis();
        }).toList();
        AtomicInteger done = new AtomicInteger();
        Map<String, ParseResult> results = new ConcurrentHashMap<>();
        Map<String, Long> hashes = new ConcurrentHashMap<>();
        changed.parallelStream().forEach(s -> {
            try {
                byte[] bytes = Files.readAllBytes(s.path());
                hashes.put(s.name(), Fingerprint.of(bytes));
                results.put(s.name(), parser.parse(s.name(), bytes));
            } catch (IOException e) {
                results.put(s.name(), new ParseResult(Optional.empty(), List.of(
                        Diagnostic.error(s.name(), 0, 0, "KB005", "cannot read file: " + e.getMessage()))));
            }
            readProgress.update(done.incrementAndGet(), changed.size());
        });
        // Formats without product codes take the code other articles use for the same product name.
        ProductCodes codes = new ProductCodes();
        for (CorpusLoader.SourceFile s : files) {
            ParseResult r = results.get(s.name());
            if (r != null) {
                r.article().ifPresent(a -> codes.learn(a.productNames(), a.productCodes()));
            }
        }
        previous.values().forEach(p -> p.meta().ifPresent(m -> codes.learn(m.productNames(), m.productCodes())));

        Sources out = new Sources();
        Map<ArticleId, String> owner = new HashMap<>();
        for (CorpusLoader.SourceFile s : files) {
            ParseResult r = results.get(s.name());
            Optional<ArticleMeta> meta;
            Optional<Article> article = Optional.empty();
            if (r == null) {
                meta = previous.get(s.name()).meta();
            } else {
                out.diagnostics.addAll(r.diagnostics());
                article = r.article().map(codes::fill);
                meta = article.map(a -> ArticleMeta.of(a, hashes.get(s.name())));
            }
            out.state.put(s.name(), new BuildState.Source(s.size(), s.modifiedMillis(), meta));
            if (meta.isEmpty()) {
                continue;
            }
            String first = owner.putIfAbsent(meta.get().id(), s.name());
            if (first != null) {
                out.diagnostics.add(Diagnostic.error(s.name(), 1, 0, "KB040", "duplicate id " + meta.get().id()
                        + ": also in " + first + ", which is kept; this file is skipped"));
                continue;
            }
            article.ifPresent(a -> out.parsed.put(a.id(), a));
            out.metas.put(meta.get().id(), meta.get());
        }
        return out;
    }

    /** Articles read this time, or read again from their file when an unchanged article's page must be rendered. */
    private Function<ArticleId, Article> articleSource(Path content, Sources sources) {
        return id -> {
            Article a = sources.parsed.get(id);
            if (a != null) {
                return a;
            }
            ArticleMeta m = sources.metas.get(id);
            try {
                Article read = parser.parse(m.source(), Files.readAllBytes(content.resolve(m.source()))).article()
                        .orElseThrow(() -> new IllegalStateException(m.source() + " no longer holds an article"));
                return read.productCodes().isEmpty() ? read.withProductCodes(m.productCodes()) : read;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + m.source() + ": " + e.getMessage(), e);
            }
        };
    }

    /** Renders every page into a new folder beside the site, then swaps it in. Returns written, unchanged, removed. */
    private int[] buildBeside(Path site, List<Page> pages, SitePlanner planner, Function<ArticleId, Article> articles)
            throws IOException {
        Path fresh = site.resolveSibling("." + site.getFileName() + ".kb-new");
        if (Files.exists(fresh)) {
            SiteWriter.deleteTree(fresh); // left by a build that was killed; kb made it
        }
        Files.createDirectories(fresh);
        Files.writeString(fresh.resolve(OutputGuard.MARKER), "This folder is a site made by kb build.\n");
        SiteWriter writer = new SiteWriter(fresh);
        AtomicInteger done = new AtomicInteger();
        pages.parallelStream().forEach(p -> {
            writer.writeNew(renderer.render(p, planner, articles));
            renderProgress.update(done.incrementAndGet(), pages.size());
        });
        renderer.staticFiles().forEach(writer::writeNew);
        if (Files.exists(site)) {
            Path old = site.resolveSibling("." + site.getFileName() + ".kb-old");
            if (Files.exists(old)) {
                SiteWriter.deleteTree(old);
            }
            Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, site, StandardCopyOption.ATOMIC_MOVE);
            SiteWriter.deleteTree(old);
        } else {
            Files.move(fresh, site, StandardCopyOption.ATOMIC_MOVE);
        }
        return new int[] {pages.size() + renderer.staticFiles().size(), 0, 0};
    }

    /** Renders the pages whose inputs changed and writes those whose bytes changed; deletes pages now gone. */
    private int[] update(Path site, List<Page> pages, SitePlanner planner, Function<ArticleId, Article> articles,
            BuildState old) {
        SiteWriter writer = new SiteWriter(site);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        pages.parallelStream().forEach(p -> {
            Long before = old.pages().get(p.path());
            // An unchanged fingerprint is trusted without looking at the file: a page deleted by hand comes back with
            // its next change, or with --full.
            if (before == null || before != p.fingerprint()) {
                long t = TIMING ? System.nanoTime() : 0;
                RenderedPage r = renderer.render(p, planner, articles);
                if (TIMING) {
                    System.err.printf("  %-40s %5.0f ms%n", p.path(), (System.nanoTime() - t) / 1e6);
                }
                if (writer.update(r)) {
                    written.incrementAndGet();
                }
            }
            renderProgress.update(done.incrementAndGet(), pages.size());
        });
        for (RenderedPage r : renderer.staticFiles()) {
            if (writer.update(r)) {
                written.incrementAndGet();
            }
        }
        Map<String, Boolean> now = new HashMap<>();
        pages.forEach(p -> now.put(p.path(), true));
        int removed = 0;
        for (String path : old.pages().keySet()) {
            if (!now.containsKey(path) && writer.remove(path)) {
                removed++;
            }
        }
        int total = pages.size() + renderer.staticFiles().size();
        return new int[] {written.get(), total - written.get(), removed};
    }
}
