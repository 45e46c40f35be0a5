package kb.model.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;

/**
 * The files under a content folder that may hold articles. Hidden files and folders, and files that are plainly not
 * articles (images, styles, scripts, templates), are passed over. A folder that cannot be listed is a diagnostic, and
 * the rest is listed.
 *
 * @param files the source files, in path order
 * @param diagnostics the folders that could not be listed, and why
 */
public record SourceListing(List<SourceFile> files, List<Diagnostic> diagnostics) {
    private static final Set<String> NOT_ARTICLES = Set.of(
            "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "map", "ftl", "ftlh", "ftlx", "json", "xml",
            "yml", "yaml", "pdf", "zip", "gz", "xz", "woff", "woff2");

    public SourceListing {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Lists the folder. The folders directly under it are listed in parallel: listing is mostly the file system reading
     * metadata, and an archive keeps its articles in many folders.
     */
    public static SourceListing of(Path root) {
        // Names are cut from the paths' text: the walk resolves every path against the root, and relativizing each
        // would cost more than the listing.
        String prefix = root.toString();
        int cut = prefix.isEmpty()
                ? 0
                : prefix.endsWith(root.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
        Walk top = new Walk(cut);
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path p : entries) {
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    top.failed(p, e);
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (!hidden(p.getFileName().toString())) {
                        folders.add(p);
                    }
                } else {
                    top.add(p, attrs);
                }
            }
        } catch (IOException e) {
            top.failed(root, e);
        }
        List<Walk> walks =
                folders.parallelStream().map(f -> new Walk(cut).walk(f)).toList();
        List<SourceFile> files = new ArrayList<>(top.files);
        List<Diagnostic> diagnostics = new ArrayList<>(top.diagnostics);
        for (Walk w : walks) {
            files.addAll(w.files);
            diagnostics.addAll(w.diagnostics);
        }
        files.sort(Comparator.comparing(SourceFile::path));
        diagnostics.sort(Comparator.comparing(Diagnostic::source));
        return new SourceListing(files, diagnostics);
    }

    /**
     * This listing of {@code root} after the files or folders at {@code paths} changed (were created, modified or
     * deleted): a file is looked at again, a folder listed again, and what is gone left out with everything under it;
     * the rest is as it was. Paths outside the root, or in a hidden folder, change nothing. A path may be absolute
     * where the root is relative, or the other way round (a watcher tells absolute paths): the listing keeps the
     * root's form.
     */
    public SourceListing updated(Path root, Collection<Path> paths) {
        String prefix = root.toString();
        int cut = prefix.isEmpty()
                ? 0
                : prefix.endsWith(root.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
        Path absoluteRoot = root.toAbsolutePath().normalize();
        List<SourceFile> now = new ArrayList<>(files);
        List<Diagnostic> problems = new ArrayList<>(diagnostics);
        for (Path changed : paths) {
            Path absolute = changed.toAbsolutePath().normalize();
            if (!absolute.startsWith(absoluteRoot) || absolute.equals(absoluteRoot)) {
                continue;
            }
            Path relative = absoluteRoot.relativize(absolute);
            Path p = root.resolve(relative);
            boolean hiddenPart = false;
            for (Path part : relative) {
                hiddenPart |= hidden(part.toString());
            }
            if (hiddenPart) {
                continue;
            }
            String name = relative.toString().replace('\\', '/');
            // What was listed at the path or under it goes; what is there now comes in.
            now.removeIf(f -> f.name().equals(name) || f.name().startsWith(name + "/"));
            problems.removeIf(d -> d.source().equals(name) || d.source().startsWith(name + "/"));
            Walk w = new Walk(cut);
            try {
                BasicFileAttributes attrs =
                        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory()) {
                    w.walk(p);
                } else {
                    w.add(p, attrs);
                }
            } catch (IOException e) {
                w.failed(p, e);
            }
            now.addAll(w.files);
            problems.addAll(w.diagnostics);
        }
        now.sort(Comparator.comparing(SourceFile::path));
        problems.sort(Comparator.comparing(Diagnostic::source));
        return new SourceListing(now, problems);
    }

    /** The source files of a folder and the folders under it, and the folders that could not be listed. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final int cut;
        final List<SourceFile> files = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();

        Walk(int cut) {
            this.cut = cut;
        }

        Walk walk(Path folder) {
            try {
                Files.walkFileTree(folder, this);
            } catch (IOException e) {
                failed(folder, e);
            }
            return this;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return hidden(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            add(file, attrs);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            failed(file, e);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                failed(dir, e);
            }
            return FileVisitResult.CONTINUE;
        }

        void add(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile()) {
                return;
            }
            String name = name(file);
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            if (!hidden(fileName) && !NOT_ARTICLES.contains(extension(fileName))) {
                files.add(new SourceFile(
                        file, name, attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
        }

        void failed(Path path, IOException e) {
            if (e instanceof NoSuchFileException) {
                return; // removed while it was listed: nothing to read
            }
            String name = path.toString().length() > cut ? name(path) : path.toString();
            String reason = e instanceof AccessDeniedException
                    ? "permission denied"
                    : e.getMessage() == null ? e.toString() : e.getMessage();
            diagnostics.add(Diagnostic.of(
                    name,
                    DiagnosticCode.UNREADABLE_FOLDER,
                    "cannot list this folder (" + reason + "); the articles in it are left out"));
        }

        private String name(Path p) {
            return p.toString().substring(cut).replace('\\', '/');
        }
    }

    /** Files and folders whose name starts with a dot are passed over. */
    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
