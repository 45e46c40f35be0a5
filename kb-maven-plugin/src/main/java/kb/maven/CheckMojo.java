package kb.maven;

import java.io.IOException;
import java.nio.file.Files;
import kb.cli.config.ProjectConfig;
import kb.links.LinkChecker;
import kb.model.build.SiteLayout;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.corpus.CorpusSummary;
import kb.render.view.Count;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn kb:check}: reads every article and lists every problem with its file and line, as {@code kb check}
 * does; when the site has been built, checks that each of its internal links leads to one of its files, as
 * {@code kb check --links} does. Errors and broken links fail the build: for a CI pipeline.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SiteGoal {
    @Override
    void run(GoalSettings s) throws MojoExecutionException, MojoFailureException {
        Corpus corpus = new CorpusReader(ProjectConfig.articles(s.file()).build())
                .readAll(s.content(), CorpusReader.Progress.NONE);
        log(getLog(), corpus.diagnostics(), s, basedir.toPath());
        CorpusSummary summary = CorpusSummary.of(corpus);
        long errors = summary.errors();
        getLog().info(String.format(
                "kb: %s in %s: %s, %s",
                Count.of(summary.articles(), "article"),
                s.content(),
                Count.of(errors, "error"),
                Count.of(summary.warnings(), "warning")));
        int broken = 0;
        if (Files.isRegularFile(s.output().resolve(SiteLayout.SITE_MARKER))) {
            LinkChecker.Report links;
            try {
                links = LinkChecker.check(s.output(), CorpusReader.Progress.NONE);
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "kb: cannot check the links of " + s.output() + ": " + e.getMessage(), e);
            }
            links.broken().forEach(b -> getLog().error(b.toString()));
            broken = links.broken().size();
            getLog().info(String.format(
                    "kb: links of %s: %s, %s, %,d broken",
                    s.output(), Count.of(links.pages(), "page"), Count.of(links.links(), "internal link"), broken));
        } else {
            getLog().info("kb: " + s.output() + " is not built yet, so its links are not checked (kb:build builds it)");
        }
        if (errors > 0 || broken > 0) {
            throw new MojoFailureException("kb: " + Count.of(errors, "error") + " and "
                    + Count.of(broken, "broken link") + " in the knowledge base (listed above)");
        }
    }
}
