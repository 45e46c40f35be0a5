package kb.cli.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kb.search.KbSearcher;
import kb.search.SearchRequest;

/**
 * Measures the search itself, without HTTP: every query of the given files through one shared {@link KbSearcher},
 * from one thread and then from as many threads as there are processors; prints the time per query (p50, p99, mean)
 * and the throughput.
 *
 * <pre>kb bench search INDEX_DIR QUERIES.tsv...</pre>
 */
public final class SearchBenchmark {
    private static final int ROUNDS = 3;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchBenchmark INDEX_DIR QUERIES.tsv...");
            System.exit(2);
        }
        List<String> queries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    queries.add(line.substring(0, tab));
                }
            }
        }
        long t0 = System.nanoTime();
        try (KbSearcher searcher = KbSearcher.open(Path.of(args[0])).preload()) {
            System.out.printf("queries      %,d from %d files over %,d articles (index opened and results' text read"
                    + " in %.2f s)%n", queries.size(), args.length - 1, searcher.size(), (System.nanoTime() - t0) / 1e9);
            run(searcher, queries, 1, false);
            run(searcher, queries, 1, true);
            run(searcher, queries, Runtime.getRuntime().availableProcessors(), true);
        }
    }

    private static void run(KbSearcher searcher, List<String> queries, int threads, boolean report) throws Exception {
        int total = queries.size() * ROUNDS;
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        searcher.search(SearchRequest.of(queries.get(i % queries.size())));
                        nanos[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report) {
            Arrays.sort(nanos);
            System.out.printf("%d thread%s    p50 %.2f ms, p99 %.2f ms, mean %.2f ms, %,.0f queries/s%n", threads,
                    threads == 1 ? " " : "s", nanos[total / 2] / 1e6, nanos[(int) (total * 0.99)] / 1e6,
                    Arrays.stream(nanos).average().orElse(0) / 1e6, total / seconds);
        }
    }
}
