package kb.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.cli.config.ProjectConfig;
import kb.model.build.BuildListener;
import kb.render.view.Count;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn kb:build}: builds the knowledge base's site, as {@code kb build} does: the first build renders every
 * page, later ones only what changed. Every problem is listed with its file and line; an article with errors fails
 * the build (the rest of the site is still built).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public final class BuildMojo extends SiteGoal {
    /** Builds everything afresh, whatever the last build left. */
    @Parameter(property = "kb.full", defaultValue = "false")
    boolean full;

    /** Publishes the articles marked {@code draft: true} too. */
    @Parameter(property = "kb.drafts", defaultValue = "false")
    boolean drafts;

    @Override
    void run(GoalSettings s) throws MojoExecutionException, MojoFailureException {
        BuildReport r = build(
                s, SiteBuild.builder(s.content(), s.output()).full(full).drafts(drafts), getLog(), basedir.toPath());
        if (r.errors() > 0) {
            throw new MojoFailureException("kb: " + Count.of(r.errors(), "error") + " in the knowledge base "
                    + s.content() + " (listed above with their files and lines)");
        }
    }

    /** Runs a build with a goal's settings, telling Maven's log what it found and did. */
    static BuildReport build(GoalSettings s, SiteBuild.Builder builder, Log log, Path basedir)
            throws MojoExecutionException, MojoFailureException {
        SiteBuild build = builder.config(s.config())
                .articleLimit(ProjectConfig.maxArticleBytes(s.file()))
                .listener(new Listener(log))
                .build();
        BuildReport r;
        try {
            Optional<String> refusal = build.refusal();
            if (refusal.isPresent()) {
                throw new MojoFailureException("kb: " + refusal.get());
            }
            r = build.run();
        } catch (MojoFailureException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException("kb: the build of " + s.output() + " failed: " + e.getMessage(), e);
        }
        log(log, r.diagnostics(), s, basedir);
        log.info("kb: " + r.summary(s.output(), s.content()));
        if (!s.config().published()) {
            log.info("kb: no base URL, so the site has no sitemap and no feed (they need the address it is"
                    + " published at)");
        }
        return r;
    }

    /** A build's notices in Maven's log, and each stage's time when Maven logs debugging output. */
    private record Listener(Log log) implements BuildListener {
        @Override
        public void finished(String stage, Duration took) {
            if (log.isDebugEnabled()) {
                log.debug(String.format("kb: %s took %.2f s", stage, took.toNanos() / 1e9));
            }
        }

        @Override
        public void notice(String message) {
            log.info("kb: " + message);
        }
    }
}
