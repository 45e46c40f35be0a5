package kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * An index folder whose writer's syncs are put off: a commit is complete on disk for every reader at once, and made
 * durable by {@link #syncNow} later. A build does that with its states, before it drops the mark that makes the build
 * after a crash start afresh; so a commit that a crash kept only in part is never trusted.
 */
final class DeferredSync extends FilterDirectory {
    private final Path dir;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean entries;

    DeferredSync(Path dir) throws IOException {
        super(FSDirectory.open(dir));
        this.dir = dir;
    }

    @Override
    public void sync(Collection<String> names) {
        pending.addAll(names);
    }

    @Override
    public void syncMetaData() {
        entries = true;
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        super.rename(source, dest);
        // A commit's segments file is synced under its pending name, then renamed.
        if (pending.remove(source)) {
            pending.add(dest);
        }
    }

    /** The files to be made durable, by name. */
    Set<String> pending() {
        return Set.copyOf(pending);
    }

    /** Makes what was committed durable: each file asked for that is still there, then the folder's entries. */
    void syncNow() throws IOException {
        for (String name : pending) {
            Path file = dir.resolve(name);
            // A file a later commit of the same writer let go needs nothing.
            if (Files.exists(file)) {
                IOUtils.fsync(file, false);
            }
        }
        if (entries) {
            IOUtils.fsync(dir, true);
        }
    }
}
