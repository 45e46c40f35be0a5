package kb.render.site;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a site is built.
 *
 * @param title the site's name, in every page's header and title
 * @param baseUrl the absolute URL the site is published at, ending in a slash; used where relative links cannot
 *     be (sitemap, feed, the 404 page). The default, {@link #DEFAULT_BASE_URL}, says the site is not published: it
 *     gets no sitemap and no feed, which would point at this machine
 * @param theme a folder whose templates and static files override the built-in theme's, by name
 * @param pageSize entries on one page of a long index
 * @param feedSize entries in the Atom feed
 * @param recentSize recently modified articles on the home page
 */
public record SiteConfig(
        String title, String baseUrl, Optional<Path> theme, int pageSize, int feedSize, int recentSize) {
    public static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(theme, "theme");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (!baseUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("the base URL must start with http:// or https://: " + baseUrl);
        }
        if (pageSize < 10 || feedSize < 1 || recentSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 10, feedSize and recentSize at least 1");
        }
    }

    /** Whether the site is built for an address it is published at (a base URL was given). */
    public boolean published() {
        return !baseUrl.equals(DEFAULT_BASE_URL);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Knowledge Base", DEFAULT_BASE_URL, Optional.empty(), 200, 50, 20);
    }

    public SiteConfig withTitle(String other) {
        return new SiteConfig(other, baseUrl, theme, pageSize, feedSize, recentSize);
    }

    public SiteConfig withBaseUrl(String other) {
        return new SiteConfig(title, other, theme, pageSize, feedSize, recentSize);
    }

    public SiteConfig withTheme(Path other) {
        return new SiteConfig(title, baseUrl, Optional.ofNullable(other), pageSize, feedSize, recentSize);
    }

    public SiteConfig withPageSize(int other) {
        return new SiteConfig(title, baseUrl, theme, other, feedSize, recentSize);
    }
}
