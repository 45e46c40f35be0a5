package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kb.render.SiteRenderer;
import kb.render.view.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb theme export [DIR]}: the built-in theme's files, to start a theme from. */
@Command(
        name = "theme",
        mixinStandardHelpOptions = true,
        description = "Works with themes: kb theme export copies the built-in one out to start a theme from.",
        subcommands = {ThemeCommand.Export.class})
final class ThemeCommand {
    private ThemeCommand() {}

    /** Copies the built-in templates and static files into a folder, never replacing a file there. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Copies the built-in theme's templates and static files into DIR (default: theme), to edit and use"
                        + " with kb build --theme DIR.",
                "A file already there is kept as it is."
            })
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "DIR",
                defaultValue = "theme",
                description = "The theme folder (default: theme).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            List<String> kept = new ArrayList<>();
            int written = 0;
            for (Map.Entry<String, byte[]> e : SiteRenderer.builtInTheme().entrySet()) {
                if (NewFiles.create(dir.resolve(e.getKey()), e.getValue())) {
                    written++;
                } else {
                    kept.add(e.getKey());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            kept.forEach(k -> out.println("kept " + dir.resolve(k) + " (already there)"));
            out.printf(
                    "Wrote %s into %s (templates/ and static/): edit them, then kb build --theme %s%n",
                    Count.of(written, "file"), dir, dir);
            return ExitCodes.OK;
        }
    }
}
