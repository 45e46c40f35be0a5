package kb.model.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import kb.model.Article;
import kb.model.parse.ArticleParser;
import kb.model.parse.Diagnostic;
import kb.model.parse.ParseResult;

/**
 * Loads every article under a folder, in parallel. Hidden files and folders, and files that are plainly not
 * articles (images, styles, scripts, templates), are passed over; everything else is parsed, and a file that is not
 * an article is reported, not fatal.
 */
public final class CorpusLoader {
    private static final Set<String> NOT_ARTICLES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css",
            "js", "map", "ftl", "ftlh", "ftlx", "json", "xml", "yml", "yaml", "pdf", "zip", "gz", "xz", "woff", "woff2");

    /** Told how far a load has got. Called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final ArticleParser parser;

    public CorpusLoader(ArticleParser parser) {
        this.parser = parser;
    }

    /**
     * A file that may hold an article: its path, its name relative to the content folder with {@code /} between
     * folders (as diagnostics and the build state name it), and the size and time that tell whether it changed.
     */
    public record SourceFile(Path path, String name, long size, long modifiedMillis) {}

    /**
     * The files under {@code root} that may hold articles, with their size and time, in path order. The folders
     * directly under the root are listed in parallel: listing is mostly the file system reading metadata, and an
     * archive keeps its articles in many folders.
     */
    public static List<SourceFile> sourceFiles(Path root) throws IOException {
        // Names are cut from the paths' text: the walk resolves every path against the root, and relativizing each
        // would cost more than the listing.
        String prefix = root.toString();
        int cut = prefix.isEmpty() ? 0 : prefix.endsWith(root.getFileSystem().getSeparator()) ? prefix.length()
                : prefix.length() + 1;
        List<SourceFile> out = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path p : entries) {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory()) {
                    if (!hidden(p.getFileName().toString())) {
                        folders.add(p);
                    }
                } else {
                    addIfSource(p, cut, attrs, out);
                }
            }
        }
        try {
            folders.parallelStream().map(f -> walk(f, cut)).toList().forEach(out::addAll);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.sort(java.util.Comparator.comparing(SourceFile::path));
        return out;
    }

    /** The source files of a folder and the folders under it. */
    private static List<SourceFile> walk(Path folder, int cut) {
        List<SourceFile> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return hidden(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    addIfSource(file, cut, attrs, out);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Files and folders whose name starts with a dot are passed over. */
    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    private static void addIfSource(Path file, int cut, BasicFileAttributes attrs, List<SourceFile> out) {
        if (!attrs.isRegularFile()) {
            return;
        }
        String name = file.toString().substring(cut).replace('\\', '/');
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (!hidden(fileName) && !NOT_ARTICLES.contains(extension(fileName))) {
            out.add(new SourceFile(file, name, attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
    }

    public Corpus load(Path root, Progress progress) throws IOException {
        List<SourceFile> files = sourceFiles(root);
        AtomicInteger done = new AtomicInteger();
        int total = files.size();
        List<ParseResult> results = files.parallelStream().map(file -> {
            ParseResult r = parseFile(file);
            progress.update(done.incrementAndGet(), total);
            return r;
        }).toList();
        List<Article> articles = new ArrayList<>(results.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ParseResult r : results) {
            r.article().ifPresent(articles::add);
            diagnostics.addAll(r.diagnostics());
        }
        return Corpus.of(articles, diagnostics);
    }

    private ParseResult parseFile(SourceFile file) {
        String name = file.name();
        try {
            return parser.parse(name, Files.readAllBytes(file.path()));
        } catch (IOException | UncheckedIOException e) {
            return new ParseResult(java.util.Optional.empty(),
                    List.of(Diagnostic.error(name, 0, 0, "KB005", "cannot read file: " + e.getMessage())));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
