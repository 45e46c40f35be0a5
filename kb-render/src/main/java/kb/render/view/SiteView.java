package kb.render.view;

/**
 * What every page knows of the site: its name, the relative path from the page up to the site's root
 * ({@code ../../../} from an article page, empty on the home page), and the page's own path.
 */
public record SiteView(String title, String root, String path, String generator) {}
