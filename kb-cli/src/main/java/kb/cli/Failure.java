package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** How a failure is told on a terminal: its own message, or what it is when it has none. */
final class Failure {
    private Failure() {}

    /**
     * The message to show for a failure. A wrapper whose message only repeats its cause (as a task rethrown from
     * another thread is) gives way to the cause; a failure with no message is named by its kind, with its cause.
     */
    static String describe(Throwable e) {
        Throwable shown = e;
        while (shown.getCause() != null
                && (shown.getMessage() == null
                        || shown.getMessage().equals(shown.getCause().toString())
                        || shown.getMessage().equals(shown.getCause().getMessage()))) {
            shown = shown.getCause();
        }
        if (shown.getMessage() != null) {
            return shown.getMessage();
        }
        String what = shown.getClass().getName();
        return shown.getCause() == null ? what : what + ", caused by " + describe(shown.getCause());
    }

    /**
     * Whether the failure is a fault in kb rather than a problem a user can act on (a file that cannot be read or
     * written, a place kb refuses to write to): an error, or an unchecked exception other than those.
     */
    static boolean internal(Throwable e) {
        Throwable shown = e;
        while (shown.getCause() != null
                && !(shown instanceof IOException)
                && !(shown instanceof UncheckedIOException)
                && !(shown instanceof IllegalArgumentException)) {
            shown = shown.getCause();
        }
        return shown instanceof Error
                || (shown instanceof RuntimeException
                        && !(shown instanceof UncheckedIOException)
                        && !(shown instanceof IllegalArgumentException));
    }

    /** Tells a failure on the error stream: its message, and where it happened when it is a fault in kb. */
    static void report(String prefix, Throwable e, PrintWriter err) {
        err.println(prefix + describe(e));
        if (internal(e)) {
            err.println("This is a fault in kb; please report it with what follows.");
            e.printStackTrace(err);
        }
        err.flush();
    }
}
