package kb.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process (kb serve) keeps of the state files its builds wrote: each file's contents as they were
 * read back, so that its next build takes them from memory instead of reading and decoding the file again. A kept value
 * is given out once, and only while the file is still the one written (same identity, size and time): a build that
 * changes it and fails leaves nothing kept, and the next build reads the file. Off until {@link #keepFromNowOn()}: a
 * single build would only fill it.
 */
public final class StateMemory {
    private static volatile boolean on;
    private static final Map<Path, Kept> KEPT = new ConcurrentHashMap<>();

    private record Kept(Stamp stamp, int magic, int version, Object value) {}

    private record Stamp(Object key, long size, FileTime modified) {}

    private StateMemory() {}

    /** Keeps what builds write from now on, for the rest of the process. */
    public static void keepFromNowOn() {
        on = true;
    }

    /** Keeps nothing from now on, and forgets what was kept. */
    public static void keepNothing() {
        on = false;
        KEPT.clear();
    }

    /** Forgets what is kept of the files in {@code dir} and under it (a folder about to be removed). */
    public static void forgetUnder(Path dir) {
        Path under = key(dir);
        KEPT.keySet().removeIf(file -> file.startsWith(under));
    }

    /** The value kept for the file, forgotten as it is given out; null when none is kept for it as it is now. */
    static Object take(Path file, int magic, int version) {
        if (!on) {
            return null;
        }
        Kept kept = KEPT.remove(key(file));
        return kept != null && kept.magic == magic && kept.version == version && kept.stamp.equals(stamp(file))
                ? kept.value
                : null;
    }

    /** Keeps what the file just written holds, as its reader would make it. */
    static void keep(Path file, int magic, int version, Object value) {
        if (!on) {
            return;
        }
        Stamp stamp = stamp(file);
        if (stamp != null) {
            KEPT.put(key(file), new Kept(stamp, magic, version, Objects.requireNonNull(value, "value")));
        } else {
            KEPT.remove(key(file));
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }
}
