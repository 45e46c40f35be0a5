package kb.render.view;

import java.util.List;

/**
 * An index page: a heading, an introduction, entries (each a link with a note), and links to the other pages of the
 * same index.
 *
 * @param heading the page's heading
 * @param intro one sentence on what the page lists
 * @param entries the entries of this page
 * @param groups links to sibling indexes (the letters of A–Z, the years), or empty
 * @param pages links to the pages of this index, the current one with an empty href; empty when there is one page
 * @param previous the previous page, or null
 * @param next the next page, or null
 * @param breadcrumb links from the home page down
 */
public record ListView(
        String heading,
        String intro,
        List<EntryView> entries,
        List<NavLink> groups,
        List<NavLink> pages,
        NavLink previous,
        NavLink next,
        List<NavLink> breadcrumb) {}
