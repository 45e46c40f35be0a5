package kb.render.view;

/** A link: where it goes (relative to the page it is on), its text, and a note shown beside it (a date, a count). */
public record NavLink(String href, String text, String note) {
    public static NavLink of(String href, String text) {
        return new NavLink(href, text, "");
    }
}
