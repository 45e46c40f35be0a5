package kb.model.build;

import java.time.Duration;

/**
 * Told what a build is doing: each stage as it starts and ends, how far a long one has got, and anything the user
 * should know that is not a problem with an article (a saved state that could not be read and was made again).
 * Called from any thread.
 */
public interface BuildListener {
    /** A listener that ignores everything. */
    BuildListener NONE = new BuildListener() {};

    default void started(String stage) {}

    /** {@code done} of {@code total} items of a stage. */
    default void progress(String stage, int done, int total) {}

    default void finished(String stage, Duration took) {}

    default void notice(String message) {}
}
