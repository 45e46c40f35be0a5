package kb.cli;

/** What kb's exit status means. */
final class ExitCodes {
    /** Done, nothing wrong. */
    static final int OK = 0;
    /** Done, but the content has errors (or a command failed). */
    static final int FAILURE = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
