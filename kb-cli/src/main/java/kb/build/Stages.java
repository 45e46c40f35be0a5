package kb.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import kb.model.build.BuildContext;
import kb.model.build.BuildListener;
import kb.model.build.SiteOutput;

/**
 * Where a build's work runs: one pool of threads the build owns, for its stages and for the parallel work inside them
 * (a parallel stream started in a stage runs on the same pool). Each stage is timed and told to the listener.
 */
final class Stages implements AutoCloseable {
    /** A stage's work. */
    interface Work<T> {
        T run() throws Exception;
    }

    private final ForkJoinPool pool;
    private final BuildListener listener;

    Stages(BuildListener listener) {
        this.listener = listener;
        // One thread more than processors: a stage that writes files waits on the disk now and then.
        int threads = Runtime.getRuntime().availableProcessors() + 1;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ForkJoinPool(
                threads,
                p -> {
                    ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                    t.setName("kb-build-" + n.incrementAndGet());
                    return t;
                },
                null,
                false);
    }

    /** Starts a stage on the pool. */
    <T> CompletableFuture<T> start(String stage, Work<T> work) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return timed(stage, work);
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                },
                pool);
    }

    /** Runs a stage on the pool and waits for it. */
    <T> T run(String stage, Work<T> work) throws Exception {
        return join(start(stage, work));
    }

    /** Runs the outputs, each once the outputs it needs are done, and waits for all of them. */
    void run(List<SiteOutput> outputs, BuildContext context) throws Exception {
        Map<SiteOutput, CompletableFuture<Void>> started = new HashMap<>();
        for (SiteOutput o : outputs) {
            CompletableFuture<Void> unused = start(o, context, outputs, started); // joined below, with the rest
        }
        join(CompletableFuture.allOf(started.values().toArray(CompletableFuture[]::new)));
    }

    /**
     * Starts writing the states the outputs hand back after their update ({@link SiteOutput#saving}), each a stage,
     * side by side; what this returns completes once all are written.
     */
    CompletableFuture<Void> save(List<SiteOutput> outputs) {
        List<CompletableFuture<Void>> saved = new ArrayList<>();
        for (SiteOutput o : outputs) {
            o.saving()
                    .ifPresent(s -> saved.add(start(o.name() + " save", () -> {
                        s.write();
                        return (Void) null;
                    })));
        }
        return CompletableFuture.allOf(saved.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> start(
            SiteOutput o,
            BuildContext context,
            List<SiteOutput> outputs,
            Map<SiteOutput, CompletableFuture<Void>> started) {
        CompletableFuture<Void> f = started.get(o);
        if (f != null) {
            return f;
        }
        List<SiteOutput> needs = o.needs(context);
        if (!outputs.containsAll(needs)) {
            throw new IllegalArgumentException(o.name() + " needs an output the build does not make");
        }
        CompletableFuture<?>[] before =
                needs.stream().map(n -> start(n, context, outputs, started)).toArray(CompletableFuture[]::new);
        f = CompletableFuture.allOf(before)
                .thenComposeAsync(
                        v -> start(o.name(), () -> {
                            o.update(context);
                            return null;
                        }),
                        pool);
        started.put(o, f);
        return f;
    }

    private <T> T timed(String stage, Work<T> work) throws Exception {
        long start = System.nanoTime();
        listener.started(stage);
        T result = work.run();
        listener.finished(stage, Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    /** What a stage gave, or the exception it failed with (not wrapped). */
    static <T> T join(CompletableFuture<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Stops the pool and waits for its threads: after a stage failed, work it started in parallel may still be running,
     * and a build must not return while its threads still write.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the build's threads did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
