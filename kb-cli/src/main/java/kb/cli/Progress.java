package kb.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import kb.model.build.BuildListener;
import kb.model.corpus.CorpusReader;

/**
 * Progress on a terminal: a bar redrawn in place on standard error, for the stages that take long (reading the
 * articles, rendering the pages), and nothing when output is not a terminal. A build's notices are printed as they
 * come, on a terminal or not.
 */
public final class Progress implements BuildListener {
    /** The stages shown, with the word the bar shows. */
    private static final Map<String, String> SHOWN = Map.of("sources", "Reading", "pages", "Rendering");

    private final Bar bar;
    private final PrintWriter notices;

    private Progress(PrintStream out, PrintWriter notices) {
        this.bar = new Bar(out);
        this.notices = notices;
    }

    /** Progress on standard error when it reaches a person's terminal, otherwise none; notices go to {@code err}. */
    public static Progress onTerminal(PrintWriter err) {
        return new Progress(interactive() ? System.err : null, err);
    }

    /** True when standard output and error reach a person's terminal. */
    @SuppressWarnings("SystemConsoleNull") // kb runs on Java 21 too, where there is no console when redirected
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

    @Override
    public void progress(String stage, int done, int total) {
        String label = SHOWN.get(stage);
        if (label != null) {
            bar.draw(label, done, total);
        }
    }

    @Override
    public void finished(String stage, Duration took) {
        if (SHOWN.containsKey(stage)) {
            bar.clear();
        }
    }

    @Override
    public void notice(String message) {
        bar.clear();
        notices.println("kb: " + message);
        notices.flush();
    }

    /** The bar for one job outside a build (reading a corpus, checking links), labelled {@code label}. */
    public CorpusReader.Progress bar(String label) {
        return (done, total) -> bar.draw(label, done, total);
    }

    /** Clears the bar's line. */
    public void done() {
        bar.clear();
    }

    /** A progress bar drawn at most every 100 ms. */
    private static final class Bar {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private long lastDraw;
        private int drawn;

        Bar(PrintStream out) {
            this.out = out;
        }

        synchronized void draw(String label, int done, int total) {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (done < total && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            String line = String.format(
                    "%s [%s%s] %,d/%,d", label, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
            out.print("\r" + line);
            drawn = Math.max(drawn, line.length());
            out.flush();
        }

        synchronized void clear() {
            if (out != null && drawn > 0) {
                out.print("\r" + " ".repeat(drawn) + "\r");
                out.flush();
                drawn = 0;
            }
        }
    }
}
