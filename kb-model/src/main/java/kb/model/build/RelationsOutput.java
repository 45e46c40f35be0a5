package kb.model.build;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kb.model.ArticleId;

/** An output that finds the articles related to each article, for the outputs that show them. */
public interface RelationsOutput extends SiteOutput {
    /** The articles related to an article, best first; asked only once this output has run. */
    List<ArticleId> related(ArticleId id);

    /**
     * What this build changed of the relations; none when it computed every article's afresh, which may have changed
     * any.
     */
    Optional<Change> changed();

    /**
     * What a build changed of the relations.
     *
     * @param related the articles whose related articles this build changed (the removed ones among them)
     * @param showing the articles whose related articles, as they were before this build, show one that it added,
     *     changed or removed (its title, say)
     */
    record Change(Set<ArticleId> related, Set<ArticleId> showing) {
        public Change {
            related = Set.copyOf(related);
            showing = Set.copyOf(showing);
        }

        /** Nothing changed. */
        public static final Change NONE = new Change(Set.of(), Set.of());
    }
}
