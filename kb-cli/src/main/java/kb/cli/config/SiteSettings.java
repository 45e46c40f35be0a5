package kb.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.render.site.SiteConfig;

/**
 * A site's settings from what a command was given and what its settings file says: the title, the base URL and the
 * theme as chosen, and what only the file sets (language, product names, related articles, ids). The command line
 * and the Maven plugin both make a site's settings here, so that the same knowledge base gives the same site.
 */
public final class SiteSettings {
    private SiteSettings() {}

    /**
     * The settings of a site.
     *
     * @param title the title chosen, or none for the file's, else kb's default
     * @param baseUrl the address the site is published at, or none for the file's, else none (not published)
     * @param theme the theme folder chosen, or none for the file's, else the built-in theme
     * @param file the settings file, if any
     * @throws IllegalArgumentException when a setting is not valid, saying which (and in which file)
     */
    public static SiteConfig of(
            Optional<String> title, Optional<String> baseUrl, Optional<Path> theme, Optional<ProjectConfig> file) {
        String where = file.map(f -> f.file() + ": ").orElse("");
        Path themeFolder = theme.or(() -> file.flatMap(f -> f.path("theme"))).orElse(null);
        if (themeFolder != null && !Files.isDirectory(themeFolder)) {
            throw new IllegalArgumentException("theme is not a folder: " + themeFolder);
        }
        try {
            SiteConfig config = SiteConfig.defaults()
                    .withTitle(title.or(() -> file.flatMap(f -> f.get("title")))
                            .orElse(SiteConfig.defaults().title()))
                    .withBaseUrl(baseUrl.or(() -> file.flatMap(f -> f.get("base_url")))
                            .orElse(SiteConfig.DEFAULT_BASE_URL))
                    .withTheme(themeFolder);
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
            throw new IllegalArgumentException(where + e.getMessage(), e);
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
