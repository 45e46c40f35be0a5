package kb.cli;

import java.nio.file.Path;
import java.util.Optional;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import kb.cli.config.SiteSettings;
import kb.render.site.SiteConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How the site looks and where it is published: what {@code kb build} and {@code kb serve} both take, from their
 * options or from {@code kb.yaml}, so that the site served is the site built.
 */
public final class LookOptions {
    @Option(
            names = "--theme",
            paramLabel = "DIR",
            description = "Theme folder: templates/ and static/ files here replace the built-in ones by name.")
    Path theme;

    @Option(names = "--title", defaultValue = "Knowledge Base", description = "Site title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Where the site will be published (https://example.com/kb/): the sitemap, the feed and the"
                    + " 404 page need it; without it they are left out, or link relative to the site's top.")
    String baseUrl;

    public LookOptions() {}

    /** The site's settings: these options, and what only kb.yaml sets (language, product names, related articles). */
    SiteConfig config(CommandLine cmd) {
        return config(cmd, ConfigDefaults.of(cmd));
    }

    /**
     * The site's settings with the settings file as it is now (read again when it changed): an option given on the
     * command line wins, then the file, then kb's default.
     */
    SiteConfig config(CommandLine cmd, Optional<ProjectConfig> file) {
        CommandLine.ParseResult given = cmd.getParseResult();
        try {
            return SiteSettings.of(
                    chosen(given, "--title", title, file, "title"),
                    chosen(given, "--base-url", baseUrl, file, "base_url"),
                    chosen(given, "--theme", theme, file, "theme"),
                    file);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    /**
     * An option's value when given on the command line; else none, so that the settings file's (or kb's default)
     * is taken. Not parsed from a command line, the option's own value stands unless the file sets one.
     */
    private static <T> Optional<T> chosen(
            CommandLine.ParseResult given, String option, T value, Optional<ProjectConfig> file, String setting) {
        if (given != null) {
            return given.hasMatchedOption(option) ? Optional.ofNullable(value) : Optional.empty();
        }
        return file.flatMap(f -> f.get(setting)).isPresent() ? Optional.empty() : Optional.ofNullable(value);
    }
}
