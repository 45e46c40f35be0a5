package kb.model.build;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One thing a build makes from the corpus: the pages, the search index, the related articles. Each is handed the same
 * corpus and change, writes its own files and keeps its own state in the site's state folder; when that state is
 * missing or cannot be read, it makes everything again from the corpus and says so.
 */
public interface SiteOutput {
    /** The stage's name in timings and progress: {@code pages}, {@code index}. */
    String name();

    /**
     * The outputs this one waits for in this build, asked once every output is prepared: those whose results it reads,
     * and those that put a new site in place of the old one when it writes into the site.
     */
    default List<SiteOutput> needs(BuildContext build) {
        return List.of();
    }

    /**
     * Whether this build's update makes the site afresh in a folder of its own and puts it in place of the old one
     * whole, so that an output that writes into the site must wait for it; asked once every output is prepared.
     */
    default boolean replacesSite(BuildContext build) {
        return false;
    }

    /**
     * Readies what does not depend on the corpus (templates, the state saved last time) while the corpus is read. A
     * build runs it before {@link #update}, beside the other outputs' preparation, and always.
     */
    default void prepare(SiteLayout layout) throws IOException {}

    /** Brings this output in line with the corpus. */
    void update(BuildContext build) throws IOException;

    /**
     * What this output keeps for the next build and has not written in {@link #update}, asked once every output is done:
     * the build writes it then, beside the other states, and a long-running process (kb serve) after telling the open
     * pages to reload. It must not change until written. None by default.
     */
    default Optional<Saving> saving() {
        return Optional.empty();
    }

    /** Writes an output's state. */
    @FunctionalInterface
    interface Saving {
        void write() throws IOException;
    }
}
