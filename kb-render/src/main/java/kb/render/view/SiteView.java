package kb.render.view;

/**
 * What every page knows of the site: its name, the relative path from the page up to the site's root
 * ({@code ../../../} from an article page, empty on the home page), the page's own path, and whether the site has a
 * feed (only a site built for the address it is published at has one).
 */
public record SiteView(String title, String root, String path, String generator, boolean feed, String language) {}
