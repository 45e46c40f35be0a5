package kb.model.corpus;

import java.util.Objects;

/**
 * A link or image of an article to something the site must hold: another article by id ({@code Q123456}), or a file of
 * the content folder (another article's source, an image, any file), by its path from the folder's root.
 *
 * @param article whether the target is an article's id, else a file's path
 * @param target the id as written ({@code Q123456}) or the path ({@code images/error.png})
 * @param line the source line of the link
 * @param column the column it starts at in that line (0 when not known)
 */
public record SiteLink(boolean article, String target, int line, int column) {
    public SiteLink {
        Objects.requireNonNull(target, "target");
    }
}
