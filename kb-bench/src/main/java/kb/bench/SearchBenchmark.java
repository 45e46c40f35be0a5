package kb.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kb.search.KbSearcher;
import kb.search.SearchRequest;

/**
 * Measures the search itself, without HTTP: every query of the given files through one shared {@link KbSearcher},
 * from one thread and then from as many threads as there are processors; prints the time per query (p50, p99, mean)
 * and the throughput, and for the single thread the processor time a query took the whole process (garbage
 * collection included), which a shared machine's neighbours disturb less than the wall-clock figures.
 *
 * <pre>bin/bench search INDEX_DIR QUERIES.tsv...</pre>
 */
public final class SearchBenchmark {
    private static final int ROUNDS = 3;
    /**
     * Runs of the measured size before measuring: the optimizing compiler keeps a processor busy for some ten thousand
     * queries (until then, the process takes twice the processor time of the searching thread).
     */
    private static final int WARM_UP = 3;

    private SearchBenchmark() {}

    static int run(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: bin/bench search INDEX_DIR QUERIES.tsv...");
            return 2;
        }
        List<String> queries = TimedRuns.queries(Arrays.asList(args).subList(1, args.length));
        long t0 = System.nanoTime();
        try (KbSearcher searcher = KbSearcher.openForServer(Path.of(args[0]))) {
            System.out.printf(
                    "queries      %,d from %d files over %,d articles (index opened and results' text read"
                            + " in %.2f s)%n",
                    queries.size(), args.length - 1, searcher.size(), (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < WARM_UP; i++) {
                run(searcher, queries, 1);
            }
            TimedRuns.Figures single = run(searcher, queries, 1);
            report(1, single);
            System.out.printf(
                    "             %.2f ms of processor a query (the whole process)%n", single.processMillisPerCall());
            int threads = Runtime.getRuntime().availableProcessors();
            report(threads, run(searcher, queries, threads));
        }
        return 0;
    }

    private static TimedRuns.Figures run(KbSearcher searcher, List<String> queries, int threads) throws Exception {
        return TimedRuns.run(queries.size() * ROUNDS, threads, (worker, i) -> {
            searcher.search(SearchRequest.of(queries.get(i % queries.size())));
            return true;
        });
    }

    private static void report(int threads, TimedRuns.Figures f) {
        System.out.printf(
                "%d thread%s    p50 %.2f ms, p99 %.2f ms, mean %.2f ms, %,.0f queries/s, %d errors%n",
                threads,
                threads == 1 ? " " : "s",
                f.p50Millis(),
                f.p99Millis(),
                f.meanMillis(),
                f.perSecond(),
                f.errors());
    }
}
