package kb.bench;

import java.util.Arrays;

/**
 * kb's benchmarks, each a program that prints its figures: {@code load DIR [RUNS]} (reading a corpus),
 * {@code search INDEX QUERIES.tsv...} (the searcher in process), {@code compare JAR_A INDEX_A JAR_B INDEX_B ROUNDS
 * QUERIES.tsv...} (two builds of kb's search in one process, alternated), {@code latency URL QUERIES.tsv...} (a running
 * {@code kb serve} under 1 and 16 clients), {@code hostile INDEX} (the processor time of strange queries), {@code soak URL PID MINUTES QUERIES.tsv...} (16
 * clients for minutes: errors, latency and the server's memory), {@code slow URL QUERIES.tsv...} (queries while
 * hundreds of connections hold the server open). {@code bin/bench} runs them with kb's jar.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status = switch (what) {
            case "load" -> LoadBenchmark.run(rest);
            case "search" -> SearchBenchmark.run(rest);
            case "compare" -> SearchComparison.run(rest);
            case "latency" -> LatencyBenchmark.run(rest);
            case "hostile" -> HostileQueryBenchmark.run(rest);
            case "soak" -> SoakBenchmark.run(rest);
            case "slow" -> SlowConnectionBenchmark.run(rest);
            default -> {
                System.err.println(
                        "usage: bin/bench load DIR [RUNS] | search INDEX QUERIES.tsv... | compare JAR_A INDEX_A"
                                + " JAR_B INDEX_B ROUNDS QUERIES.tsv... | latency URL"
                                + " QUERIES.tsv... | hostile INDEX [QUERIES_PER_KIND] [SEED] | soak URL PID MINUTES QUERIES.tsv..."
                                + " | slow URL QUERIES.tsv... [--connections N] [--seconds S]");
                yield 2;
            }
        };
        System.exit(status);
    }
}
