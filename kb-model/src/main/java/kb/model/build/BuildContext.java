package kb.model.build;

import java.util.Objects;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusChange;

/**
 * What every output of a build is handed: the corpus as now read, how it changed since the last build (a full change
 * when the outputs are to be made afresh), where the site and its state live, and whom to tell of progress.
 */
public record BuildContext(Corpus corpus, CorpusChange change, SiteLayout layout, BuildListener listener) {
    public BuildContext {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(listener, "listener");
    }
}
