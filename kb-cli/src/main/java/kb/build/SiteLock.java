package kb.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two builds of one site apart: the lock on the file {@code lock} in the site's state folder, held for as long as
 * a build runs. The operating system lets it go when the process ends, however it ends.
 */
final class SiteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link BusyException} when another build holds it. */
    static SiteLock take(Path file, Path site) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new BusyException("another kb build is writing " + site + " now; wait for it to finish, then run"
                    + " this one again");
        }
        return new SiteLock(channel, lock);
    }

    /** Another build holds the lock. */
    static final class BusyException extends IOException {
        BusyException(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
