package kb.cli.build;

import java.util.List;
import kb.model.parse.Diagnostic;

/**
 * What a build did.
 *
 * @param full whether it built the whole site beside the old one (the first build, or after an interrupted one)
 * @param articles articles in the site
 * @param read source files read and parsed this time
 * @param pages files in the site
 * @param written files written
 * @param unchanged files left as they were
 * @param removed files deleted (their article is gone)
 * @param diagnostics problems in the files read
 * @param seconds wall time
 */
public record BuildReport(boolean full, int articles, int read, int pages, int written, int unchanged, int removed,
        List<Diagnostic> diagnostics, double seconds) {}
