package kb.model.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /** A file that may hold an article, with the size and time that tell whether it changed. */
    public record SourceFile(Path path, long size, long modifiedMillis) {}

    /** The files under {@code root} that may hold articles, in path order. */
    public static List<Path> sources(Path root) throws IOException {
        return sourceFiles(root).stream().map(SourceFile::path).toList();
    }

    /** The files under {@code root} that may hold articles, with their size and time, in path order. */
    public static List<SourceFile> sourceFiles(Path root) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".") && !NOT_ARTICLES.contains(extension(file))) {
                    out.add(new SourceFile(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(SourceFile::path));
        return out;
    }

    public Corpus load(Path root, Progress progress) throws IOException {
        List<Path> files = sources(root);
        AtomicInteger done = new AtomicInteger();
        int total = files.size();
        List<ParseResult> results = files.parallelStream().map(path -> {
            ParseResult r = parseFile(root, path);
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

    private ParseResult parseFile(Path root, Path path) {
        String name = root.relativize(path).toString().replace('\\', '/');
        try {
            return parser.parse(name, Files.readAllBytes(path));
        } catch (IOException | UncheckedIOException e) {
            return new ParseResult(java.util.Optional.empty(),
                    List.of(Diagnostic.error(name, 0, 0, "KB005", "cannot read file: " + e.getMessage())));
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
