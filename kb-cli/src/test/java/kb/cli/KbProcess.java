package kb.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** kb run in a process of its own, as a terminal would run it: the tests' JVM and class path, kb's main class. */
public final class KbProcess {
    private KbProcess() {}

    /** {@code kb ARGS}, to be started (in a folder, with its output redirected, as the caller sets). */
    public static ProcessBuilder of(String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                Kb.class.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command);
    }
}
