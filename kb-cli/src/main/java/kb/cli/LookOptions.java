package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
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
        String title = pick(given, "--title", this.title, file, "title")
                .orElse(SiteConfig.defaults().title());
        String baseUrl =
                pick(given, "--base-url", this.baseUrl, file, "base_url").orElse(SiteConfig.DEFAULT_BASE_URL);
        Path theme = given != null && given.hasMatchedOption("--theme")
                ? this.theme
                : file.flatMap(f -> f.path("theme")).orElse(given == null ? this.theme : null);
        if (theme != null && !Files.isDirectory(theme)) {
            throw new CommandLine.ParameterException(cmd, "theme is not a folder: " + theme);
        }
        try {
            SiteConfig config =
                    SiteConfig.defaults().withTitle(title).withBaseUrl(baseUrl).withTheme(theme);
            if (file.isPresent()) {
                ProjectConfig p = file.get();
                config = config.withProducts(p.products()).withIds(p.ids());
                if (p.get("language").isPresent()) {
                    config = config.withLanguage(p.get("language").get());
                }
                if (p.get("related").isPresent()) {
                    config = config.withRelatedSize(number(p, "related"));
                }
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    cmd, (file.isPresent() ? file.get().file() + ": " : "") + e.getMessage());
        }
    }

    /** An option's value when given on the command line, else the file's setting, else the option's own. */
    private static Optional<String> pick(
            CommandLine.ParseResult given, String option, String value, Optional<ProjectConfig> file, String setting) {
        if (given != null && given.hasMatchedOption(option)) {
            return Optional.ofNullable(value);
        }
        Optional<String> fromFile = file.flatMap(f -> f.get(setting));
        return fromFile.isPresent() || given != null ? fromFile : Optional.ofNullable(value);
    }

    private static int number(ProjectConfig p, String name) {
        String v = p.get(name).orElseThrow();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number: " + v, e);
        }
    }
}
