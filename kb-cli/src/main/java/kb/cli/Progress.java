package kb.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import kb.model.corpus.CorpusLoader;

/** Progress on a terminal: a bar redrawn in place on standard error, and nothing when output is not a terminal. */
public final class Progress {
    private Progress() {}

    /** True when standard output and error reach a person's terminal. */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ has a console even when redirected; ask it whether it is a terminal.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A progress bar for {@code label}, or one that shows nothing when not on a terminal. */
    public static Bar bar(String label) {
        return new Bar(label, interactive() ? System.err : null);
    }

    /** A progress bar drawn at most every 100 ms. */
    public static final class Bar implements CorpusLoader.Progress {
        private static final int WIDTH = 30;
        private final String label;
        private final PrintStream out;
        private long lastDraw;

        Bar(String label, PrintStream out) {
            this.label = label;
            this.out = out;
        }

        @Override
        public synchronized void update(int done, int total) {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (done < total && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            out.printf("\r%s [%s%s] %,d/%,d", label, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
            out.flush();
        }

        /** Clears the bar's line. */
        public synchronized void done() {
            if (out != null) {
                out.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
                out.flush();
            }
        }
    }
}
