package kb.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kb.model.build.BuildContext;
import kb.model.build.RelationsOutput;
import kb.model.build.SiteLayout;
import kb.model.build.SiteOutput;
import kb.model.io.BinaryReader;
import kb.model.io.Fingerprint;
import kb.render.site.ChangedPages;
import kb.render.site.Page;
import kb.render.site.SiteConfig;
import kb.render.site.SiteIndex;
import kb.render.site.SiteModel;
import kb.render.site.SitePlanner;

/**
 * The site's pages and static files. A full build renders every page into a new folder in the state folder and then
 * swaps it in for the old site, so a killed build never leaves a half-written site. Later builds render only the pages
 * whose fingerprint changed and write only those whose bytes changed, each file replaced whole, and delete the pages
 * no longer planned.
 */
public final class PagesOutput implements SiteOutput {
    /** The stage's name. */
    public static final String NAME = "pages";

    private static final String STATE = "pages.bin";
    private static final String NEW_SITE = "new-site";
    private static final String OLD_SITE = "old-site";

    private final SiteConfig config;
    private final RelationsOutput relations;
    private SiteRenderer renderer;
    private BinaryReader.Result<PageState> saved;
    private Result result;
    /** Whether every page the last {@link #update} planned has a fingerprint: none failed to be made. */
    private boolean complete;
    /** The state this build leaves, once it has made the pages. */
    private Optional<Saving> saving = Optional.empty();

    /** What the pages output did: files in the site, pages rendered, files written, left as they were, removed. */
    public record Result(boolean full, int files, int rendered, int written, int unchanged, int removed) {}

    public PagesOutput(SiteConfig config, RelationsOutput relations) {
        this.config = config;
        this.relations = relations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SiteOutput> needs(BuildContext build) {
        return List.of(relations);
    }

    /** Whether the pages are made afresh in a new folder put in place of the site: when nothing saved describes it. */
    @Override
    public boolean replacesSite(BuildContext build) {
        return before(build).isEmpty();
    }

    /** The last build's pages, when they are the site's: none on a full build, or when the site lacks kb's marker. */
    private Optional<PageState> before(BuildContext build) {
        return build.change().full() || !Files.exists(build.layout().site().resolve(SiteLayout.SITE_MARKER))
                ? Optional.empty()
                : saved.asOptional();
    }

    @Override
    public void prepare(SiteLayout layout) {
        renderer = new SiteRenderer(config);
        renderer.prepare();
        saved = PageState.read(layout.stateFile(STATE));
    }

    /** What the last {@link #update} did. */
    public Result result() {
        return result;
    }

    @Override
    public void update(BuildContext build) throws IOException {
        SiteLayout layout = build.layout();
        if (saved instanceof BinaryReader.Result.Unusable<PageState> u
                && !build.change().full()) {
            build.listener()
                    .notice("the pages' saved fingerprints could not be read (" + u.reason()
                            + "); every page is rendered again");
        }
        // A site without kb's marker is not one whose pages the saved fingerprints describe.
        Optional<PageState> before = before(build);
        // The groups of articles of the last build, when this process made them, are updated rather than made again.
        SiteModel model = new SiteModel(
                build.corpus(),
                before.flatMap(PageState::index)
                        .map(i -> i.updated(build.corpus(), build.change(), config))
                        .orElseGet(() -> SiteIndex.of(build.corpus(), config)));
        SitePlanner planner = new SitePlanner(config, model, relations::related, build.corpus()::article);
        long context = context();
        Map<String, String> indexLinks = planner.indexLinks();
        Map<String, Long> fingerprints;
        Files.createDirectories(layout.scratch());
        if (before.isEmpty()) {
            fingerprints = new ConcurrentHashMap<>(model.size() * 2 + 1000);
            result = renderBeside(build, planner.plan(), fingerprints);
        } else {
            // The last build's fingerprints, this output's own, become this build's as pages are made and removed.
            fingerprints = before.get().pages();
            // A page of an index whose fingerprint, from what it is made of, is the last build's is as it was.
            Predicate<Page.ListPage> asMade =
                    page -> Long.valueOf(renderer.fingerprint(page)).equals(fingerprints.get(page.path()));
            PageState last = before.get();
            SitePlanner.Partial plan = changedPages(build, model, last, context, indexLinks)
                    .map(changed -> planner.plan(changed, asMade))
                    .filter(p -> keepsOnlyKnown(p, last))
                    .orElseGet(() -> new SitePlanner.Partial(planner.plan(), List.of(), List.of()));
            result = renderChanged(build, plan, fingerprints);
        }
        PageState state = new PageState(fingerprints, complete, context, indexLinks, Optional.of(model.index()));
        Path file = layout.stateFile(STATE);
        saving = Optional.of(() -> state.write(file));
    }

    /** The pages' fingerprints and what they were made with, for the next build. */
    @Override
    public Optional<Saving> saving() {
        return saving;
    }

    /** The code, settings and templates pages are made with: when they change, every page is made again. */
    private long context() {
        Fingerprint f = Fingerprint.start()
                .add(RenderingCode.fingerprint())
                .add(renderer.templatesFingerprint())
                .add(config.title())
                .add(config.baseUrl())
                .add(config.language())
                .add(config.relatedSize())
                .add(config.pageSize())
                .add(config.feedSize())
                .add(config.recentSize());
        config.products().forEach((code, name) -> f.add(code).add(name));
        return f.value();
    }

    /**
     * The pages this build makes again, when it need not make every page: when the last build's pages are known, made
     * with the same settings and templates, and which related articles changed is known.
     */
    private Optional<ChangedPages> changedPages(
            BuildContext build, SiteModel model, PageState before, long context, Map<String, String> indexLinks) {
        if (before.context() != context || relations.changed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                ChangedPages.of(model, build.change(), relations.changed().get(), before.indexLinks(), indexLinks));
    }

    /**
     * Whether the last build has a fingerprint of every page a partial plan keeps; when it lacks one (a page it could
     * not make), every page is made. The articles' pages kept are pages of articles the change did not touch, planned by
     * the last build: when that build left a fingerprint of every page it planned, only the index pages kept are looked
     * up.
     */
    private static boolean keepsOnlyKnown(SitePlanner.Partial plan, PageState last) {
        for (String path : last.complete() ? plan.keptIndexes() : plan.keptPaths()) {
            if (!last.pages().containsKey(path)) {
                return false;
            }
        }
        return true;
    }

    /** Renders every page into a new folder in the state folder, then swaps it in for the site. */
    private Result renderBeside(BuildContext build, List<Supplier<Page>> plan, Map<String, Long> fingerprints)
            throws IOException {
        SiteLayout layout = build.layout();
        Path fresh = layout.stateFile(NEW_SITE);
        SiteWriter.deleteTree(fresh); // left by a build that was killed; kb made it
        Files.createDirectories(fresh);
        Files.writeString(fresh.resolve(SiteLayout.SITE_MARKER), "This folder is a site made by kb build.\n");
        SiteWriter writer = new SiteWriter(fresh, layout.scratch());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        eachPage(plan, (page, fingerprint) -> {
            renderer.render(page, build.corpus()::article).ifPresent(r -> {
                writer.writeNew(r);
                fingerprints.put(page.path(), fingerprint);
                rendered.incrementAndGet();
            });
            build.listener().progress(NAME, done.incrementAndGet(), plan.size());
        });
        renderer.staticFiles().forEach(writer::writeNew);
        Path site = layout.site();
        if (Files.exists(site)) {
            Path old = layout.stateFile(OLD_SITE);
            SiteWriter.deleteTree(old);
            Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, site, StandardCopyOption.ATOMIC_MOVE);
            SiteWriter.deleteTree(old);
        } else {
            Files.move(fresh, site, StandardCopyOption.ATOMIC_MOVE);
        }
        complete = rendered.get() == plan.size();
        int files = rendered.get() + renderer.staticFiles().size();
        return new Result(true, files, rendered.get(), files, 0, 0);
    }

    /**
     * Renders the pages whose fingerprint changed and writes those whose bytes changed; deletes pages now gone. The
     * pages the plan keeps are known to be as they were and are not made. {@code fingerprints} holds the last build's
     * fingerprints, brought in line with this build's pages.
     */
    private Result renderChanged(BuildContext build, SitePlanner.Partial partial, Map<String, Long> fingerprints) {
        List<Supplier<Page>> plan = partial.make();
        SiteWriter writer = new SiteWriter(build.layout().site(), build.layout().scratch());
        int last = fingerprints.size();
        Set<String> planned = ConcurrentHashMap.newKeySet(plan.size() * 2);
        Map<String, Long> made = new ConcurrentHashMap<>(plan.size() * 2);
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        eachPage(plan, (page, fingerprint) -> {
            planned.add(page.path());
            Long before = fingerprints.get(page.path());
            // An unchanged fingerprint is trusted without looking at the file: a page deleted by hand comes back with
            // its next change, or with --full.
            if (before == null || before != fingerprint) {
                // A page showing an article that could not be read stays as it was, and so does its fingerprint.
                Optional<RenderedPage> r = renderer.render(page, build.corpus()::article);
                if (r.isPresent()) {
                    rendered.incrementAndGet();
                    if (writer.update(r.get())) {
                        written.incrementAndGet();
                    }
                    made.put(page.path(), fingerprint);
                } else if (before == null) {
                    unknown.incrementAndGet();
                }
            }
            build.listener().progress(NAME, done.incrementAndGet(), plan.size());
        });
        for (RenderedPage r : renderer.staticFiles()) {
            if (writer.update(r)) {
                written.incrementAndGet();
            }
        }
        // The last build's pages this one neither kept nor planned are gone; there are none when the pages it kept and
        // planned account for all of them, which spares a look at every path.
        long plannedBefore = planned.stream().filter(fingerprints::containsKey).count();
        int removed = 0;
        if (last - partial.kept() - plannedBefore != 0) {
            Set<String> stays = new HashSet<>(partial.keptPaths());
            stays.addAll(planned);
            for (Iterator<String> it = fingerprints.keySet().iterator(); it.hasNext(); ) {
                String path = it.next();
                if (!stays.contains(path)) {
                    it.remove();
                    if (writer.remove(path)) {
                        removed++;
                    }
                }
            }
        }
        fingerprints.putAll(made);
        complete = unknown.get() == 0;
        int files = partial.kept() + planned.size() + renderer.staticFiles().size();
        return new Result(false, files, rendered.get(), written.get(), files - written.get(), removed);
    }

    /** What is done with each page of the plan, made and fingerprinted. */
    private interface PageTask {
        void accept(Page page, long fingerprint) throws IOException;
    }

    /** Makes every planned page and hands it on with its fingerprint, in parallel. */
    private void eachPage(List<Supplier<Page>> plan, PageTask task) {
        plan.parallelStream().forEach(make -> {
            Page page = make.get();
            try {
                task.accept(page, renderer.fingerprint(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
