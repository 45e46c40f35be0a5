package kb.render.view;

import java.util.List;

/**
 * The home page: how many articles, an example of what to search for (a recent article's title, without its product
 * prefix; empty for none), the products with their counts, the recently modified articles, the indexes.
 */
public record HomeView(
        int articles, String example, List<NavLink> products, List<EntryView> recent, List<NavLink> indexes) {}
