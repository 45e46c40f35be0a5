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
        if (theme != null && !Files.isDirectory(theme)) {
            throw new CommandLine.ParameterException(cmd, "theme is not a folder: " + theme);
        }
        Optional<ProjectConfig> file =
                cmd.getDefaultValueProvider() instanceof ConfigDefaults d ? d.config() : Optional.empty();
        try {
            SiteConfig config = SiteConfig.defaults()
                    .withTitle(title)
                    .withBaseUrl(baseUrl == null ? SiteConfig.DEFAULT_BASE_URL : baseUrl)
                    .withTheme(theme);
            if (file.isPresent()) {
                ProjectConfig p = file.get();
                config = config.withProducts(p.products());
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

    private static int number(ProjectConfig p, String name) {
        String v = p.get(name).orElseThrow();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number: " + v, e);
        }
    }
}
