package kb.render.site;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kb.model.IdScheme;

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
 * @param language the language of the site's pages, as HTML names it ({@code en}, {@code de-CH})
 * @param products product names to show instead of the ones the articles give, by product code; the home page lists
 *     these first, in this order
 * @param relatedSize related articles shown on an article's page, at most {@value #MAX_RELATED}
 * @param ids the ids the text of articles mentions besides Q numbers, each linked to its article
 */
public record SiteConfig(
        String title,
        String baseUrl,
        Optional<Path> theme,
        int pageSize,
        int feedSize,
        int recentSize,
        String language,
        Map<String, String> products,
        int relatedSize,
        IdScheme ids) {
    /** The most related articles a page can show: as many as are computed for each article. */
    public static final int MAX_RELATED = 5;

    public static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(ids, "ids");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (!baseUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("the base URL must start with http:// or https://: " + baseUrl);
        }
        if (pageSize < 10 || feedSize < 1 || recentSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 10, feedSize and recentSize at least 1");
        }
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("the language must be a language tag such as en or de-CH: " + language);
        }
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
        if (relatedSize < 0 || relatedSize > MAX_RELATED) {
            throw new IllegalArgumentException(
                    "related articles must be from 0 to " + MAX_RELATED + ": " + relatedSize);
        }
    }

    /** Whether the site is built for an address it is published at (a base URL was given). */
    public boolean published() {
        return !baseUrl.equals(DEFAULT_BASE_URL);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(
                "Knowledge Base",
                DEFAULT_BASE_URL,
                Optional.empty(),
                200,
                50,
                20,
                "en",
                Map.of(),
                MAX_RELATED,
                IdScheme.ARCHIVE);
    }

    public SiteConfig withTitle(String other) {
        return new SiteConfig(
                other, baseUrl, theme, pageSize, feedSize, recentSize, language, products, relatedSize, ids);
    }

    public SiteConfig withBaseUrl(String other) {
        return new SiteConfig(
                title, other, theme, pageSize, feedSize, recentSize, language, products, relatedSize, ids);
    }

    public SiteConfig withTheme(Path other) {
        return new SiteConfig(
                title,
                baseUrl,
                Optional.ofNullable(other),
                pageSize,
                feedSize,
                recentSize,
                language,
                products,
                relatedSize,
                ids);
    }

    public SiteConfig withPageSize(int other) {
        return new SiteConfig(title, baseUrl, theme, other, feedSize, recentSize, language, products, relatedSize, ids);
    }

    public SiteConfig withLanguage(String other) {
        return new SiteConfig(title, baseUrl, theme, pageSize, feedSize, recentSize, other, products, relatedSize, ids);
    }

    /** Product names to show by code, listed first on the home page in this order. */
    public SiteConfig withProducts(Map<String, String> other) {
        return new SiteConfig(title, baseUrl, theme, pageSize, feedSize, recentSize, language, other, relatedSize, ids);
    }

    public SiteConfig withRelatedSize(int other) {
        return new SiteConfig(title, baseUrl, theme, pageSize, feedSize, recentSize, language, products, other, ids);
    }

    /** The ids articles are mentioned and linked by besides Q numbers. */
    public SiteConfig withIds(IdScheme other) {
        return new SiteConfig(
                title, baseUrl, theme, pageSize, feedSize, recentSize, language, products, relatedSize, other);
    }
}
