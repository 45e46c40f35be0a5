package kb.render.view;

import java.util.List;

/** The home page: how many articles, the products with their counts, the recently modified articles, the indexes. */
public record HomeView(int articles, List<NavLink> products, List<EntryView> recent, List<NavLink> indexes) {}
