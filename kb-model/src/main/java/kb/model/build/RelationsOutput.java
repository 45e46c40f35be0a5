package kb.model.build;

import java.util.List;
import kb.model.ArticleId;

/** An output that finds the articles related to each article, for the outputs that show them. */
public interface RelationsOutput extends SiteOutput {
    /** The articles related to an article, best first; asked only once this output has run. */
    List<ArticleId> related(ArticleId id);
}
