package kb.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.Diagnostic;
import kb.render.view.Count;
import kb.search.web.WebIndexOutput;

/**
 * What a build did.
 *
 * @param full whether it built the whole site afresh (the first build, after an interrupted one, or asked to)
 * @param articles articles in the site
 * @param read source files read and parsed this time
 * @param pages files in the site
 * @param rendered pages rendered (their fingerprint changed)
 * @param written files written (their bytes changed)
 * @param unchanged files left as they were
 * @param removed files deleted (their page is gone)
 * @param search the search the pages run in the browser: its files, those written, their bytes
 * @param diagnostics problems with the content, every article's
 * @param notices what the user should know of the build itself (a saved state made again)
 * @param stages how long each stage took, in the order they ended
 * @param seconds wall time
 */
public record BuildReport(
        boolean full,
        int articles,
        int read,
        int pages,
        int rendered,
        int written,
        int unchanged,
        int removed,
        Optional<WebIndexOutput.Summary> search,
        List<Diagnostic> diagnostics,
        List<String> notices,
        Map<String, Duration> stages,
        double seconds) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        notices = List.copyOf(notices);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /**
     * What the build did, in a line: {@code Built site from content: 13 articles, 67 files (15 written, 52 unchanged,
     * 0 removed), 1 source read, 0 errors, in 0.5 s}.
     */
    public String summary(Object site, Object content) {
        return String.format(
                "Built %s from %s: %s, %s (%,d written, %,d unchanged, %,d removed), %s read, %s, in %.1f s",
                site,
                content,
                Count.of(articles, "article"),
                Count.of(pages, "file"),
                written,
                unchanged,
                removed,
                Count.of(read, "source"),
                Count.of(errors(), "error"),
                seconds);
    }
}
