package kb.cli;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches what a site is made from (the content and theme folders, recursively, and the settings file) and, once
 * changes have settled, says what changed: one call at a time, another after it when something changed meanwhile.
 */
final class ContentWatcher implements AutoCloseable {
    /** How often the settings file's time is looked at: watching its folder would watch the site built there too. */
    private static final long FILE_POLL_MILLIS = 250;

    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("kb-watch").daemon().unstarted(r));
    private final Duration settle;
    private final Consumer<Changes> changed;
    private final List<DirectoryWatcher> watchers = new ArrayList<>();
    private final Map<Path, Long> fileTimes = new HashMap<>();
    private ScheduledFuture<?> pending;
    /** The paths changed since the last call, and whether the watcher lost count of some. */
    private Set<Path> paths = new HashSet<>();

    private boolean lost;

    /**
     * What changed since the last call: the files and folders created, modified or deleted in the watched folders (the
     * settings file, polled, is not among them), or every path when the watcher could not keep up.
     */
    record Changes(Set<Path> paths, boolean all) {}

    private ContentWatcher(Duration settle, Consumer<Changes> changed) {
        this.settle = settle;
        this.changed = changed;
    }

    /**
     * Starts watching {@code folders} (those that exist) and {@code files}; {@code changed} runs on the watcher's own
     * thread, {@code settle} after the last change of a burst (an editor's save is often several).
     */
    static ContentWatcher start(List<Path> folders, List<Path> files, Duration settle, Consumer<Changes> changed)
            throws IOException {
        ContentWatcher w = new ContentWatcher(settle, changed);
        try {
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    DirectoryWatcher d = DirectoryWatcher.builder()
                            .path(folder)
                            .fileHashing(false)
                            .logger(NOPLogger.NOP_LOGGER)
                            .listener(event -> {
                                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                                    w.touched(null);
                                } else {
                                    w.touched(event.path());
                                }
                            })
                            .build();
                    w.watchers.add(d);
                    var unused = d.watchAsync();
                }
            }
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
        for (Path f : files) {
            w.fileTimes.put(f, time(f));
        }
        if (!files.isEmpty()) {
            var unused = w.runner.scheduleWithFixedDelay(
                    w::pollFiles, FILE_POLL_MILLIS, FILE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return w;
    }

    private static long time(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private void pollFiles() {
        for (Map.Entry<Path, Long> e : fileTimes.entrySet()) {
            long now = time(e.getKey());
            if (now != e.getValue()) {
                e.setValue(now);
                touched(e.getKey());
            }
        }
    }

    /** A path changed (null: some did): tell {@code changed} once nothing more has for {@code settle}. */
    private synchronized void touched(Path path) {
        if (path == null) {
            lost = true;
        } else {
            paths.add(path);
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = runner.schedule(() -> changed.accept(take()), settle.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What changed since the last call, and from now on nothing. */
    private synchronized Changes take() {
        Changes c = new Changes(Set.copyOf(paths), lost);
        paths = new HashSet<>();
        lost = false;
        return c;
    }

    @Override
    public void close() {
        for (DirectoryWatcher d : watchers) {
            try {
                d.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }
        runner.shutdownNow();
    }
}
