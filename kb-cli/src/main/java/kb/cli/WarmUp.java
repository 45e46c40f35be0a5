package kb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import kb.build.SiteBuild;
import kb.model.corpus.SourceFile;
import kb.model.corpus.SourceListing;
import kb.model.io.BuildMemo;
import kb.model.io.StateMemory;
import kb.render.SiteWriter;
import kb.render.site.SiteConfig;

/**
 * Readies a freshly started {@code kb serve} for the builds an author's saves make. Such a build runs code that the
 * first build of the process (often one that finds nothing changed) never ran, and the JVM compiles code to machine code
 * only once it has run many times: without this, the first few dozen builds after edits run slower than the later
 * ones. So, in the background, kb serve copies a sample of the content into a temporary folder of its own, builds a
 * site of it there, then changes, removes and puts back the sample's articles one at a time, building again after each
 * change, as an author's saves would. It stops at the first change of the real content, which waits at most for the
 * sample's build in progress, and removes its folder. The content and the site are only read.
 *
 * <p>What the process keeps from one build of the site for the next ({@link BuildMemo}) is set aside during each build
 * of the sample and put back after it, so the site's next build finds what its last build left.
 */
final class WarmUp {
    /** Below this many sources a build is quick even in a cold JVM, and nothing is warmed. */
    static final int WORTH_IT = 2_000;

    /** Articles copied into the sample. */
    private static final int SAMPLE = 200;

    /** Builds of the sample after each change. */
    private static final int CHANGES = 40;

    private final List<SourceFile> sample;
    private final int changes;
    private final SiteConfig config;
    private final Runnable done;
    /** Held during each build of the sample. */
    private final ReentrantLock building = new ReentrantLock();

    private volatile boolean stopped;
    private final AtomicInteger builds = new AtomicInteger();
    private volatile Path folder;
    private Thread thread;
    /** What the builds of the sample keep between them, while it is set aside. */
    private BuildMemo.Saved own = BuildMemo.initial();

    private WarmUp(List<SourceFile> sample, int changes, SiteConfig config, Runnable done) {
        this.sample = sample;
        this.changes = changes;
        this.config = config;
        this.done = done;
    }

    /**
     * Starts warming up on a thread of its own, when the content is large enough for it to matter.
     *
     * @param listing the content's sources, only read
     * @param config the look of the site, which the sample's pages get too
     * @param done run once the warm-up is over, whether it stopped or ran to its end
     */
    static Optional<WarmUp> start(SourceListing listing, SiteConfig config, Runnable done) {
        return listing.files().size() < WORTH_IT
                ? Optional.empty()
                : Optional.of(of(listing, SAMPLE, CHANGES, config, done).started());
    }

    /** A warm-up on {@code size} sources of the listing, spread over it, with {@code changes} builds again; not started. */
    static WarmUp of(SourceListing listing, int size, int changes, SiteConfig config, Runnable done) {
        List<SourceFile> files = listing.files();
        List<SourceFile> sample = new ArrayList<>();
        int n = Math.min(size, files.size());
        for (int i = 0; i < n; i++) {
            sample.add(files.get((int) ((long) i * files.size() / n)));
        }
        return new WarmUp(sample, changes, config, done);
    }

    WarmUp started() {
        thread = Thread.ofPlatform().daemon().name("kb-warm-up").start(this::run);
        return this;
    }

    /**
     * Stops warming up: once this returns, no build of the sample runs and the process's memos are the site's again.
     * Waits for the build of the sample in progress, if any.
     */
    void stop() {
        building.lock();
        try {
            stopped = true;
        } finally {
            building.unlock();
        }
    }

    /** Stops, and waits up to {@code millis} for the temporary folder to be removed. */
    void stopAndWait(long millis) throws InterruptedException {
        stop();
        if (thread != null) {
            thread.join(millis);
        }
    }

    /** How many builds of the sample ran. */
    int builds() {
        return builds.get();
    }

    /** The temporary folder the warm-up made; null before it made it. */
    Path folder() {
        return folder;
    }

    private void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kb-serve-warm-up");
            folder = dir;
            Path copy = dir.resolve("content");
            Path site = dir.resolve("site");
            Path aside = dir.resolve("aside");
            List<Path> articles = new ArrayList<>();
            for (SourceFile f : sample) {
                if (stopped) {
                    return;
                }
                Path to = copy.resolve(f.name());
                Files.createDirectories(to.getParent());
                Files.copy(f.path(), to);
                articles.add(to);
            }
            if (articles.isEmpty() || !build(copy, site)) {
                return;
            }
            // Each article in turn is changed, put back as it was, removed and put back, with a build after each.
            for (int i = 0; i < changes; i++) {
                Path article = articles.get(i / 4 % articles.size());
                switch (i % 4) {
                    case 0 -> {
                        Files.copy(article, aside);
                        Files.writeString(
                                article,
                                "\nThe last line of this copy changed (" + i + ").\n",
                                StandardCharsets.UTF_8,
                                StandardOpenOption.APPEND);
                    }
                    case 1 -> Files.move(aside, article, StandardCopyOption.REPLACE_EXISTING);
                    case 2 -> Files.move(article, aside);
                    default -> Files.move(aside, article);
                }
                if (!build(copy, site)) {
                    return;
                }
            }
        } catch (Exception e) {
            // Only the warm-up is lost: the site's builds run as they would have without it.
        } finally {
            if (dir != null) {
                remove(dir);
            }
            done.run();
        }
    }

    /** Builds the sample unless stopped, with the process's memos set aside; whether it ran. */
    private boolean build(Path copy, Path site) throws Exception {
        building.lock();
        try {
            if (stopped) {
                return false;
            }
            BuildMemo.Saved theSite = BuildMemo.save();
            own.restore();
            try (SiteBuild.Built built = SiteBuild.builder(copy, site)
                    .config(config)
                    .drafts(true)
                    .build()
                    .start()) {
                built.finish();
            } finally {
                own = BuildMemo.save();
                theSite.restore();
            }
            builds.incrementAndGet();
            return true;
        } finally {
            building.unlock();
        }
    }

    /** Removes the folder this warm-up made, and forgets its builds' states. */
    private static void remove(Path dir) {
        StateMemory.forgetUnder(dir);
        try {
            SiteWriter.deleteTree(dir);
        } catch (IOException e) {
            // A temporary folder the system clears in time.
        }
    }
}
