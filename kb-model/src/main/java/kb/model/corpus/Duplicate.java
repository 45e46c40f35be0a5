package kb.model.corpus;

import java.util.List;
import kb.model.ArticleId;

/** An id that more than one source claims; the first source (in path order) is the one kept. */
public record Duplicate(ArticleId id, List<String> sources) {
    public Duplicate {
        sources = List.copyOf(sources);
    }
}
