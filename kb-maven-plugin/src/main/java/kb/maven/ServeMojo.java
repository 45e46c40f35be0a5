package kb.maven;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kb.cli.Kb;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn kb:serve}: the author's server of {@code kb serve} on the project's knowledge base, until Ctrl-C. It
 * builds the site (drafts shown, marked), serves it with its search, and builds again and reloads open pages when an
 * article, the theme or the settings change.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends SiteGoal {
    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "kb.port", defaultValue = "8080")
    int port;

    /** The address to listen on; anything but the loopback makes the site reachable from other machines. */
    @Parameter(property = "kb.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    void run(GoalSettings s) throws MojoExecutionException, MojoFailureException {
        int status = Kb.execute(
                new PrintWriter(new LineWriter(getLog()::info), true),
                new PrintWriter(new LineWriter(getLog()::warn), true),
                arguments(s).toArray(String[]::new));
        if (status != 0) {
            throw new MojoFailureException("kb: kb serve stopped with status " + status + " (see above)");
        }
    }

    /** The command line of {@code kb serve} for these settings. */
    List<String> arguments(GoalSettings s) {
        List<String> args = new ArrayList<>(List.of(
                "serve",
                s.content().toString(),
                "--out",
                s.output().toString(),
                "--port",
                Integer.toString(port),
                "--host",
                host));
        if (title != null) {
            args.addAll(List.of("--title", title));
        }
        if (baseUrl != null) {
            args.addAll(List.of("--base-url", baseUrl));
        }
        if (theme != null) {
            args.addAll(List.of("--theme", theme.toString()));
        }
        s.file().ifPresent(f -> args.addAll(List.of("--config", f.file().toString())));
        return args;
    }

    /** Text written to it, passed on a line at a time (Maven's log takes lines). */
    private static final class LineWriter extends Writer {
        private final Consumer<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineWriter(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(char[] text, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = text[i];
                if (c == '\n') {
                    lines.accept(line.toString());
                    line.setLength(0);
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        @Override
        public synchronized void flush() {}

        @Override
        public synchronized void close() {
            if (!line.isEmpty()) {
                lines.accept(line.toString());
                line.setLength(0);
            }
        }
    }
}
