package kb.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes rendered pages under a site folder: whole files only, and only when their bytes change. A page replacing one
 * in a live site is written in a scratch folder outside the site first and then moved over it, so that a reader (or a
 * crash) never sees half a page, and nothing but pages is ever left in the site.
 */
public final class SiteWriter {
    /** The bytes compared at a time with a file already there. */
    private static final int COMPARED = 64 * 1024;

    private final Path root;
    private final Path scratch;
    private final Set<Path> made = ConcurrentHashMap.newKeySet();
    private final AtomicLong temporary = new AtomicLong();

    /** A writer into {@code root}, with temporary files in {@code scratch} (on the same file system). */
    SiteWriter(Path root, Path scratch) {
        this.root = root;
        this.scratch = scratch;
    }

    /** Writes a page into a folder no one reads yet (a new site being built beside the old one). */
    void writeNew(RenderedPage page) {
        Path file = resolve(page.path());
        try {
            makeParent(file);
            Files.write(file, page.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a page into a live site when its bytes differ from the file there. Returns whether it wrote. */
    boolean update(RenderedPage page) {
        Path file = resolve(page.path());
        try {
            if (Files.isRegularFile(file) && Files.size(file) == page.bytes().length && holds(file, page.bytes())) {
                return false;
            }
            makeParent(file);
            Path tmp = scratch.resolve(temporary.incrementAndGet() + ".tmp");
            Files.write(tmp, page.bytes());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a file of the same size holds these bytes, read a block at a time up to the first that differs: an edited
     * title of the same length is found a few blocks into an 8 MB {@code articles.json}, not after reading it all.
     */
    private static boolean holds(Path file, byte[] bytes) throws IOException {
        byte[] block = new byte[COMPARED];
        try (InputStream in = Files.newInputStream(file)) {
            for (int at = 0; at < bytes.length; ) {
                int n = in.readNBytes(block, 0, Math.min(block.length, bytes.length - at));
                if (n == 0 || !Arrays.equals(block, 0, n, bytes, at, at + n)) {
                    return false;
                }
                at += n;
            }
            return in.read() < 0;
        }
    }

    /** Deletes a page kb wrote earlier, and the folders it leaves empty (all made by kb, up to the site's root). */
    boolean remove(String path) {
        Path file = resolve(path);
        try {
            boolean deleted = Files.deleteIfExists(file);
            for (Path dir = file.getParent();
                    dir != null && !dir.equals(root) && dir.startsWith(root);
                    dir = dir.getParent()) {
                if (!isEmpty(dir)) {
                    break;
                }
                Files.delete(dir);
            }
            return deleted;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private Path resolve(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("page path leaves the site: " + path);
        }
        return file;
    }

    private void makeParent(Path file) throws IOException {
        Path dir = file.getParent();
        if (made.add(dir)) {
            Files.createDirectories(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a whole folder tree; only ever called on folders kb made. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
