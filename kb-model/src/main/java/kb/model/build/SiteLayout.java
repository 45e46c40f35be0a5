package kb.model.build;

import java.nio.file.Path;

/**
 * Where a site and what kb keeps beside it live. The site is what gets published; beside it, the hidden folder
 * {@code .NAME.kb/} holds what builds keep between runs (the saved corpus, the pages' fingerprints, the search index,
 * the related articles), the lock that keeps two builds apart, and the scratch space of a build in progress (a new site
 * being made, temporary files), so that nothing but finished pages ever appears in the site.
 *
 * @param site the site's folder, absolute
 */
public record SiteLayout(Path site) {
    /** The file that marks a site folder as one kb made, and so one kb may replace. */
    public static final String SITE_MARKER = ".kb-site";
    /** The file that marks a state folder as one kb made. */
    public static final String STATE_MARKER = "kb-state";

    public SiteLayout {
        site = site.toAbsolutePath().normalize();
        if (site.getParent() == null) {
            throw new IllegalArgumentException("a site cannot be the root folder: " + site);
        }
    }

    public static SiteLayout of(Path site) {
        return new SiteLayout(site);
    }

    /** The hidden folder beside the site: {@code .site.kb/} for {@code site/}. */
    public Path state() {
        return site.resolveSibling("." + site.getFileName() + ".kb");
    }

    /** A file or folder of an output's own in the state folder. */
    public Path stateFile(String name) {
        return state().resolve(name);
    }

    /** The search index. */
    public Path index() {
        return stateFile("index");
    }

    /** Where a build writes files before it moves them into the site whole. */
    public Path scratch() {
        return stateFile("scratch");
    }

    /** The lock a build holds for as long as it runs. */
    public Path lock() {
        return stateFile("lock");
    }

    /** Present while a build changes the site and its state: if a build finds it, the last one did not finish. */
    public Path building() {
        return stateFile("building");
    }
}
