package kb.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.cli.Kb;
import kb.model.Diagnostic;
import kb.model.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that build, check and serve a knowledge base share: its folders, its settings, and a way to skip. */
abstract class SiteGoal extends AbstractMojo {
    /** The folder of the articles (default: the settings file's {@code content}, else {@code src/kb}). */
    @Parameter(property = "kb.content")
    File content;

    /** The folder the site is built into (default: the settings file's {@code output}, else {@code target/kb}). */
    @Parameter(property = "kb.output")
    File output;

    /** A theme folder: its templates/ and static/ files replace the built-in ones by name. */
    @Parameter(property = "kb.theme")
    File theme;

    /** The site's title (default: the settings file's, else "Knowledge Base"). */
    @Parameter(property = "kb.title")
    String title;

    /** The address the site is published at; the sitemap, the feed and the 404 page need it. */
    @Parameter(property = "kb.baseUrl")
    String baseUrl;

    /** The settings file (default: {@code src/kb/kb.yaml}, when it is there). */
    @Parameter(property = "kb.config")
    File config;

    /** Skips the goal. */
    @Parameter(property = "kb.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kb: skipped (kb.skip)");
            return;
        }
        run(settings());
    }

    /** Does what the goal does with its folders and settings. */
    abstract void run(GoalSettings s) throws MojoExecutionException, MojoFailureException;

    /** The folders and settings this goal works with. */
    GoalSettings settings() throws MojoFailureException {
        Kb.quietLucene();
        GoalSettings s = GoalSettings.of(
                basedir.toPath(),
                buildDirectory.toPath(),
                new GoalSettings.Parameters(content, output, theme, title, baseUrl, config));
        if (!Files.isDirectory(s.content())) {
            throw new MojoFailureException("kb: the content folder is not there: " + s.content());
        }
        return s;
    }

    /**
     * Lists diagnostics in Maven's log, each with its file from the project's folder ({@code src/kb/a.md:3: error:
     * ...}): errors as errors, warnings as warnings, notes as information.
     */
    static void log(Log log, List<Diagnostic> diagnostics, GoalSettings s, Path basedir) {
        Path content = s.content().toAbsolutePath().normalize();
        Path project = basedir.toAbsolutePath().normalize();
        String from = content.startsWith(project) && !content.equals(project)
                ? project.relativize(content).toString().replace('\\', '/') + "/"
                : content.equals(project) ? "" : content + "/";
        for (Diagnostic d : diagnostics) {
            String line = from + d;
            if (d.severity() == Severity.ERROR) {
                log.error(line);
            } else if (d.severity() == Severity.WARNING) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }
    }
}
