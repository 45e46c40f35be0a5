package kb.model.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;

/**
 * Where the articles' links to files of the content folder lead: to another article's source (the link goes to its
 * page), or to a file the site publishes as it is (an image, a download). A link to an id not in the content, or to a
 * file that does not exist, is a warning at its line.
 *
 * @param articles the articles' sources that links name, and the article each holds
 * @param assets the other files that links name, each with its size and time, by path from the content folder
 */
public record LinkedFiles(Map<String, ArticleId> articles, SortedMap<String, Asset> assets) {
    /** A file published as it is: where it is, its size and its modification time (which tell when to copy it). */
    public record Asset(String file, long size, long modified) {}

    static final LinkedFiles NONE = new LinkedFiles(Map.of(), new TreeMap<>());

    public LinkedFiles {
        articles = Map.copyOf(articles);
        assets = Collections.unmodifiableSortedMap(new TreeMap<>(assets));
    }

    /**
     * Follows the links of the kept articles. {@code sources} are the files read, by path; {@code root} is the content
     * folder, or null when the articles were not read from one (files are then not looked for).
     */
    static LinkedFiles check(
            Path root,
            Map<String, CorpusState.Source> sources,
            Map<ArticleId, ArticleSummary> kept,
            List<Diagnostic> diagnostics) {
        Map<String, ArticleId> articles = new HashMap<>();
        SortedMap<String, Asset> assets = new TreeMap<>();
        for (ArticleSummary s : kept.values()) {
            for (SiteLink l : s.links()) {
                String problem = l.article()
                        ? ArticleId.any(l.target()).filter(kept::containsKey).isPresent()
                                ? null
                                : "is not in the content"
                        : file(root, l.target(), sources, kept, articles, assets);
                if (problem != null) {
                    diagnostics.add(new Diagnostic(
                            s.source(),
                            l.line(),
                            l.column(),
                            DiagnosticCode.BROKEN_LINK,
                            "link to '" + l.target() + "', which " + problem));
                }
            }
        }
        return articles.isEmpty() && assets.isEmpty() ? NONE : new LinkedFiles(articles, assets);
    }

    /** Files a link to a file of the content; null when it leads somewhere, else what is wrong. */
    private static String file(
            Path root,
            String path,
            Map<String, CorpusState.Source> sources,
            Map<ArticleId, ArticleSummary> kept,
            Map<String, ArticleId> articles,
            SortedMap<String, Asset> assets) {
        CorpusState.Source source = sources.get(path);
        if (source != null) {
            ArticleSummary held = source.summary().orElse(null);
            if (held != null
                    && kept.get(held.id()) != null
                    && kept.get(held.id()).source().equals(path)) {
                articles.put(path, held.id());
                return null;
            }
            return held != null && held.draft()
                    ? "is a draft, which the site leaves out"
                    : "holds no article the site publishes";
        }
        if (assets.containsKey(path)) {
            return null;
        }
        for (String name : path.split("/", -1)) {
            if (name.startsWith(".")) {
                return "is hidden (a name starting with a dot), and hidden files are never published";
            }
        }
        if (root == null) {
            return "does not exist";
        }
        try {
            Path file = root.resolve(path);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return "is not a file";
            }
            assets.put(
                    path,
                    new Asset(
                            file.toAbsolutePath().toString(),
                            a.size(),
                            a.lastModifiedTime().toMillis()));
            return null;
        } catch (IOException e) {
            return "does not exist";
        }
    }
}
