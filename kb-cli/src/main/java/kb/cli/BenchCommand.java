package kb.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.cli.bench.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kb bench load DIR}: the benchmarks, run with the same JVM and options as every other command. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures: load DIR [RUNS].")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "load")
    String what;

    @Parameters(index = "1", paramLabel = "DIR", description = "Corpus folder.")
    Path dir;

    @Parameters(index = "2", paramLabel = "RUNS", defaultValue = "3", description = "Runs (default 3).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("load")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown benchmark '" + what + "' (known: load)");
        }
        LoadBenchmark.main(new String[] {dir.toString(), Integer.toString(runs)});
        return ExitCodes.OK;
    }
}
