package kb.cli;

import java.util.concurrent.Callable;
import kb.cli.bench.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kb bench load DIR}: the benchmarks, run with the same JVM and options as every other command. */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures: load DIR [RUNS]; latency URL QUERIES.tsv...; search INDEX QUERIES.tsv...")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "load")
    String what;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "load: DIR [RUNS]; latency: URL QUERIES.tsv...; search: INDEX QUERIES.tsv...")
    java.util.List<String> args;

    @Override
    public Integer call() throws Exception {
        if (what.equals("search")) {
            kb.cli.bench.SearchBenchmark.main(args.toArray(String[]::new));
            return ExitCodes.OK;
        }
        if (what.equals("latency")) {
            kb.cli.bench.LatencyBenchmark.main(args.toArray(String[]::new));
            return ExitCodes.OK;
        }
        if (!what.equals("load")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown benchmark '" + what + "' (known: load, latency, search)");
        }
        LoadBenchmark.main(args.toArray(String[]::new));
        return ExitCodes.OK;
    }
}
