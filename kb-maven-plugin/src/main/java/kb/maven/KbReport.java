package kb.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.cli.Kb;
import kb.render.view.Count;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * {@code kb:report}: the knowledge base as a part of the project's site ({@code mvn site}), in its {@code kb/} folder
 * with kb's own theme and search, listed as "Knowledge base" among the project's reports. Like javadoc's report, it is
 * an external report: kb writes its pages itself, and the site links to {@code kb/index.html}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class KbReport extends AbstractMavenReport {
    /** The folder of the articles (default: the settings file's {@code content}, else {@code src/kb}). */
    @Parameter(property = "kb.content")
    File content;

    /** A theme folder: its templates/ and static/ files replace the built-in ones by name. */
    @Parameter(property = "kb.theme")
    File theme;

    /** The knowledge base's title (default: the settings file's, else "Knowledge Base"). */
    @Parameter(property = "kb.title")
    String title;

    /**
     * The address the knowledge base is published at (default: the settings file's, else the project's URL followed
     * by {@code kb/}, when the project has one).
     */
    @Parameter(property = "kb.baseUrl")
    String baseUrl;

    /** The settings file (default: {@code src/kb/kb.yaml}, when it is there). */
    @Parameter(property = "kb.config")
    File config;

    /** Leaves the knowledge base out of the site. */
    @Parameter(property = "kb.skip", defaultValue = "false")
    boolean skip;

    /** The folder the report writes into, under the site's. */
    static final String FOLDER = "kb";

    /**
     * The folder the report builds into, under the build folder, before it is copied into the site: its own, since
     * the site's address makes other pages (sitemap, feed) than kb:build's site in {@code target/kb}.
     */
    static final String BUILT = "kb-site";

    @Override
    public String getOutputPath() {
        return FOLDER + "/index";
    }

    /**
     * The report's page, for Maven versions that ask by this name.
     *
     * @deprecated {@link #getOutputPath()} says the same
     */
    @Override
    @Deprecated
    @SuppressWarnings("InlineMeSuggester") // Maven calls it; nothing in kb does
    public String getOutputName() {
        return FOLDER + "/index";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public String getName(Locale locale) {
        return "Knowledge base";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's knowledge base: its articles, cross-linked, by product, keyword and year, and searchable.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        try {
            return settings().content().toFile().isDirectory();
        } catch (MojoFailureException e) {
            // Said when the report runs, where it fails the site.
            return true;
        }
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            GoalSettings s = settings();
            BuildReport r = BuildMojo.build(
                    s,
                    SiteBuild.builder(s.content(), s.output()),
                    getLog(),
                    getProject().getBasedir().toPath());
            if (r.errors() > 0) {
                throw new MavenReportException("kb: " + Count.of(r.errors(), "error") + " in the knowledge base "
                        + s.content() + " (listed above with their files and lines)");
            }
            // Built beside the site (what builds keep between runs stays there, out of the published site), then
            // copied into it.
            Path into = getReportOutputDirectory().toPath().resolve(FOLDER);
            int copied = SiteCopy.mirror(s.output(), into);
            getLog().info("kb: the knowledge base is in " + into + " (" + Count.of(copied, "file") + " copied)");
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException("kb: cannot copy the knowledge base into the site: " + e.getMessage(), e);
        }
    }

    /** The report's settings: kb:build's but for the folder it builds into, and a base URL under the project's URL. */
    GoalSettings settings() throws MojoFailureException {
        Kb.quietLucene();
        GoalSettings s = GoalSettings.of(
                getProject().getBasedir().toPath(),
                new File(getProject().getBuild().getDirectory()).toPath(),
                new GoalSettings.Parameters(
                        content,
                        new File(getProject().getBuild().getDirectory(), BUILT),
                        theme,
                        title,
                        Optional.ofNullable(baseUrl)
                                .or(() -> Optional.ofNullable(getProject().getUrl())
                                        .map(u -> (u.endsWith("/") ? u : u + "/") + FOLDER + "/"))
                                .orElse(null),
                        config));
        return s;
    }
}
