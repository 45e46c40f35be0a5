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
     * The articles whose related articles this build changed (the removed ones among them); none when it computed
     * every article's afresh, which may have changed any.
     */
    Optional<Set<ArticleId>> changed();
}
