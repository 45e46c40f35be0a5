package kb.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.model.LinkTarget;
import kb.model.corpus.CorpusReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every internal link of a site resolves to one of its files: each HTML page is parsed with jsoup, and
 * each {@code href} and {@code src} that is not an external URL is resolved against the page (or the site's root,
 * for a path starting with {@code /}); a folder link must hold an {@code index.html}.
 */
public final class LinkChecker {
    /** A link that leads nowhere, or would once the site is published: the page it is on, the link, what is wrong. */
    public record Broken(String page, String link, String problem) {
        @Override
        public String toString() {
            return page + ": " + problem;
        }
    }

    /** What a check found. */
    public record Report(int pages, long links, List<Broken> broken) {}

    /** A URL scheme ({@code https:}, {@code mailto:}): the link leaves the site. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkChecker() {}

    public static Report check(Path site, CorpusReader.Progress progress) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                String rel = root.relativize(f).toString().replace('\\', '/');
                files.add(rel);
                if (rel.toLowerCase(Locale.ROOT).endsWith(".html")) {
                    pages.add(f);
                }
            });
        }
        ConcurrentLinkedQueue<Broken> broken = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        long links = pages.parallelStream()
                .mapToLong(page -> {
                    String rel = root.relativize(page).toString().replace('\\', '/');
                    long n = checkPage(page, rel, files, broken);
                    progress.update(done.incrementAndGet(), pages.size());
                    return n;
                })
                .sum();
        List<Broken> sorted = new ArrayList<>(broken);
        sorted.sort(Comparator.comparing(Broken::page).thenComparing(Broken::link));
        return new Report(pages.size(), links, sorted);
    }

    private static long checkPage(Path page, String rel, Set<String> files, ConcurrentLinkedQueue<Broken> broken) {
        Document doc;
        try {
            doc = Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
        }
        long n = 0;
        for (Element e : doc.select("[href], [src]")) {
            for (String attr : new String[] {"href", "src"}) {
                if (!e.hasAttr(attr)) {
                    continue;
                }
                String link = e.attr(attr);
                String target = resolve(rel, link);
                if (target == null) {
                    continue;
                }
                n++;
                if (link.strip().startsWith("/")) {
                    broken.add(new Broken(
                            rel,
                            link,
                            "root-absolute link " + link + " (it breaks when the site is published under a sub-path,"
                                    + " such as a project's pages; link relative to the page)"));
                } else if (!files.contains(target)) {
                    broken.add(new Broken(rel, link, "broken link " + link + " (no file " + target + ")"));
                } else if (hidden(target)) {
                    broken.add(new Broken(
                            rel,
                            link,
                            "link to a hidden file or folder " + link + " (web servers, kb serve among them, refuse"
                                    + " names starting with a dot)"));
                }
            }
        }
        return n;
    }

    /** Whether a path of the site has a file or folder whose name starts with a dot. */
    private static boolean hidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    /**
     * The site file a link from {@code page} points to, or null for a link that leaves the site (a URL with a scheme,
     * {@code //host}) or stays on the page ({@code #anchor}). A path that climbs above the root resolves to
     * {@code ../}, which is never a file of the site.
     */
    static String resolve(String page, String link) {
        String l = link.strip();
        if (l.isEmpty()
                || l.startsWith("#")
                || l.startsWith("//")
                || SCHEME.matcher(l).lookingAt()) {
            return null;
        }
        int cut = l.length();
        for (char c : new char[] {'#', '?'}) {
            int i = l.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        l = l.substring(0, cut);
        String base = l.startsWith("/") ? "" : page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        List<String> parts = new ArrayList<>();
        for (String part : (base + l).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "../";
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        String path = LinkTarget.unescape(String.join("/", parts));
        if (l.endsWith("/") || l.isEmpty() || path.isEmpty()) {
            path = path.isEmpty() ? "index.html" : path + "/index.html";
        }
        return path;
    }
}
