package kb.model;

import java.util.Objects;

/**
 * A mention of another article: the id it names, the title it was cited with ({@code Q236325 How to Obtain...}; empty
 * for a bare mention), and the heading of the section it appears in (empty for the untitled section).
 */
public record Reference(ArticleId target, String title, String section) {
    public Reference {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
    }
}
