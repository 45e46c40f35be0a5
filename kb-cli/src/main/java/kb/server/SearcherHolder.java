package kb.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kb.search.KbSearcher;
import kb.search.SearchRequest;
import kb.search.SearchResult;

/**
 * One searcher shared by every request, opened anew in the background when a rebuild changes the index (checked every
 * two seconds); the one it replaces is closed once the requests that were using it are done.
 */
final class SearcherHolder implements AutoCloseable {
    private static final long CHECK_SECONDS = 2;
    private static final long GRACE_SECONDS = 30;

    private final Path index;
    private final AtomicReference<KbSearcher> current = new AtomicReference<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kb-index-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile FileTime seen;

    SearcherHolder(Path index) throws IOException {
        this.index = index;
        this.seen = newest(index);
        current.set(KbSearcher.open(index).preload());
        background.scheduleWithFixedDelay(this::refreshIfChanged, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    SearchResult search(SearchRequest request) throws IOException {
        return current.get().search(request);
    }

    int size() {
        return current.get().size();
    }

    private void refreshIfChanged() {
        try {
            FileTime now = newest(index);
            if (now.equals(seen)) {
                return;
            }
            KbSearcher fresh = KbSearcher.open(index).preload();
            KbSearcher old = current.getAndSet(fresh);
            seen = now;
            background.schedule(() -> closeQuietly(old), GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            System.err.println("kb serve: could not reopen the search index: " + e.getMessage());
        }
    }

    /** The newest commit of the index: a rebuild writes a new segments file. */
    private static FileTime newest(Path index) throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                FileTime t = Files.getLastModifiedTime(f);
                if (t.compareTo(newest) > 0) {
                    newest = t;
                }
            }
        }
        return newest;
    }

    private static void closeQuietly(KbSearcher s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing more to do with it
        }
    }

    @Override
    public void close() throws IOException {
        background.shutdownNow();
        current.get().close();
    }
}
