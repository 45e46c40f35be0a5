package kb.model.build;

import java.io.IOException;
import java.util.List;

/**
 * One thing a build makes from the corpus: the pages, the search index, the related articles. Each is handed the same
 * corpus and change, writes its own files and keeps its own state in the site's state folder; when that state is
 * missing or cannot be read, it makes everything again from the corpus and says so.
 */
public interface SiteOutput {
    /** The stage's name in timings and progress: {@code pages}, {@code index}. */
    String name();

    /** The outputs whose results this one reads: it starts when they are done. */
    default List<SiteOutput> needs() {
        return List.of();
    }

    /**
     * Readies what does not depend on the corpus (templates, the state saved last time) while the corpus is read. A
     * build runs it before {@link #update}, beside the other outputs' preparation, and always.
     */
    default void prepare(SiteLayout layout) throws IOException {}

    /** Brings this output in line with the corpus. */
    void update(BuildContext build) throws IOException;
}
