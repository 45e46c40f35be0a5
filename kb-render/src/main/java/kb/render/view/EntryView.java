package kb.render.view;

import java.util.List;

/**
 * One line of an index: the article's id, a link to it (empty for an article not in the archive), its title, its
 * date, and further links (the articles citing a missing one).
 */
public record EntryView(String id, String href, String title, String date, List<NavLink> links) {}
