package kb.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.cli.config.ProjectConfig;
import kb.cli.config.SiteSettings;
import kb.render.site.SiteConfig;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What a goal works on, from its parameters, then the knowledge base's settings file, then the defaults: the content
 * folder ({@code src/kb}), the site folder ({@code target/kb}) and the site's settings. The same precedence as the
 * command line's options over {@code kb.yaml}.
 *
 * @param content the folder of the articles
 * @param output the folder the site is built into
 * @param config the site's settings
 * @param file the settings file read, if there was one
 */
record GoalSettings(Path content, Path output, SiteConfig config, Optional<ProjectConfig> file) {
    /** The content folder when neither the goal nor the settings name one, under the project's folder. */
    static final String DEFAULT_CONTENT = "src/kb";

    /** The site folder when neither the goal nor the settings name one, under the project's build folder. */
    static final String DEFAULT_OUTPUT = "kb";

    /** The settings file when the goal names none, under the project's folder; read only when it is there. */
    static final String DEFAULT_CONFIG = "src/kb/" + ProjectConfig.FILE_NAME;

    /** A goal's parameters as configured; null where not set. */
    record Parameters(File content, File output, File theme, String title, String baseUrl, File config) {}

    /**
     * Resolves a goal's parameters for a project.
     *
     * @throws MojoFailureException when the settings file cannot be read or a setting is not valid, saying where
     */
    static GoalSettings of(Path basedir, Path buildDirectory, Parameters p) throws MojoFailureException {
        Optional<ProjectConfig> file = settingsFile(basedir, p.config());
        Path content = Optional.ofNullable(p.content())
                .map(File::toPath)
                .or(() -> file.flatMap(f -> f.path("content")))
                .orElse(basedir.resolve(DEFAULT_CONTENT));
        Path output = Optional.ofNullable(p.output())
                .map(File::toPath)
                .or(() -> file.flatMap(f -> f.path("output")))
                .orElse(buildDirectory.resolve(DEFAULT_OUTPUT));
        try {
            SiteConfig config = SiteSettings.of(
                    Optional.ofNullable(p.title()),
                    Optional.ofNullable(p.baseUrl()),
                    Optional.ofNullable(p.theme()).map(File::toPath),
                    file);
            return new GoalSettings(content, output, config, file);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("kb: " + e.getMessage(), e);
        }
    }

    /** The settings file the goal names (which must be there), else {@value #DEFAULT_CONFIG} when it is there. */
    private static Optional<ProjectConfig> settingsFile(Path basedir, File named) throws MojoFailureException {
        Path file = named != null ? named.toPath() : basedir.resolve(DEFAULT_CONFIG);
        if (!Files.isRegularFile(file)) {
            if (named != null) {
                throw new MojoFailureException("kb: no such settings file: " + file);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectConfig.read(file));
        } catch (ProjectConfig.Problem e) {
            throw new MojoFailureException("kb: " + e.getMessage(), e);
        }
    }
}
