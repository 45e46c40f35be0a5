package kb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the search of two builds of kb in one process: each kb jar in a class loader of its own, searching its own
 * index, the same queries through each in turn, one round after the other, the version that goes first alternating.
 * What it times is the processor time of the searching thread, which a shared machine's neighbours and the other
 * version's garbage collection disturb far less than the wall clock or separate processes run one after the other:
 * the ratio of two versions comes out within a few percent, where separate runs vary by a third.
 *
 * <pre>bin/bench compare JAR_A INDEX_A JAR_B INDEX_B ROUNDS QUERIES.tsv...</pre>
 */
final class SearchComparison {
    /** Rounds of both before measuring: the optimizing compiler settles after some ten thousand queries of each. */
    private static final int WARM_UP = 6;

    private SearchComparison() {}

    /** One build of kb, its searcher open on its index, and every query as its own request. */
    private record Version(String name, Object searcher, Method search, Object[] requests) implements AutoCloseable {
        static Version open(String name, Path jar, Path index, List<String> queries) throws Exception {
            ClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> searcher = loader.loadClass("kb.search.KbSearcher");
            Class<?> request = loader.loadClass("kb.search.SearchRequest");
            Method of = request.getMethod("of", String.class);
            Object[] requests = new Object[queries.size()];
            for (int i = 0; i < requests.length; i++) {
                requests[i] = of.invoke(null, queries.get(i));
            }
            Object open = searcher.getMethod("openForServer", Path.class).invoke(null, index);
            return new Version(name, open, searcher.getMethod("search", request), requests);
        }

        /** Searches every query once; each query's thread processor time is added to {@code nanos}. */
        long pass(ThreadMXBean threads, long[] nanos) throws Exception {
            long start = threads.getCurrentThreadCpuTime();
            long before = start;
            for (int i = 0; i < requests.length; i++) {
                search.invoke(searcher, requests[i]);
                long after = threads.getCurrentThreadCpuTime();
                nanos[i] += after - before;
                before = after;
            }
            return before - start;
        }

        @Override
        public void close() throws java.io.IOException {
            try {
                searcher.getClass().getMethod("close").invoke(searcher);
            } catch (ReflectiveOperationException e) {
                throw new java.io.IOException("could not close the searcher of " + name, e);
            }
        }
    }

    static int run(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: bin/bench compare JAR_A INDEX_A JAR_B INDEX_B ROUNDS QUERIES.tsv...");
            return 2;
        }
        int rounds = Integer.parseInt(args[4]);
        if (rounds < 1) {
            System.err.println("ROUNDS must be at least 1");
            return 2;
        }
        List<String> files = Arrays.asList(args).subList(5, args.length);
        List<String> queries = new ArrayList<>();
        List<String> setOf = new ArrayList<>();
        for (String file : files) {
            for (String q : TimedRuns.queries(List.of(file))) {
                queries.add(q);
                setOf.add(Path.of(file).getFileName().toString());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Version a = Version.open("A", Path.of(args[0]), Path.of(args[1]), queries);
                Version b = Version.open("B", Path.of(args[2]), Path.of(args[3]), queries)) {
            System.out.printf(
                    "queries      %,d from %d files; A %s on %s; B %s on %s%n",
                    queries.size(), files.size(), args[0], args[1], args[2], args[3]);
            long[] ignored = new long[queries.size()];
            for (int i = 0; i < WARM_UP; i++) {
                a.pass(threads, ignored);
                b.pass(threads, ignored);
            }
            long[] nanosA = new long[queries.size()];
            long[] nanosB = new long[queries.size()];
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long timeA;
                long timeB;
                if (r % 2 == 0) {
                    timeA = a.pass(threads, nanosA);
                    timeB = b.pass(threads, nanosB);
                } else {
                    timeB = b.pass(threads, nanosB);
                    timeA = a.pass(threads, nanosA);
                }
                ratios[r] = (double) timeB / timeA;
                System.out.printf(
                        "round %-6d A %.3f ms, B %.3f ms a query: B/A %.3f%n",
                        r + 1, millisPerQuery(timeA, queries.size()), millisPerQuery(timeB, queries.size()), ratios[r]);
            }
            Map<String, long[]> bySet = new LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                long[] t = bySet.computeIfAbsent(setOf.get(i), k -> new long[3]);
                t[0] += nanosA[i];
                t[1] += nanosB[i];
                t[2]++;
            }
            bySet.forEach((set, t) -> System.out.printf(
                    "%-18s A %.3f ms, B %.3f ms a query: B/A %.3f%n",
                    set,
                    millisPerQuery(t[0], t[2] * rounds),
                    millisPerQuery(t[1], t[2] * rounds),
                    (double) t[1] / t[0]));
            Arrays.sort(ratios);
            double median = (ratios[(rounds - 1) / 2] + ratios[rounds / 2]) / 2;
            System.out.printf(
                    "B/A          median %.3f, range %.3f-%.3f over %d rounds (the searching thread's processor time)%n",
                    median, ratios[0], ratios[rounds - 1], rounds);
        }
        return 0;
    }

    private static double millisPerQuery(long nanos, long queries) {
        return nanos / 1e6 / queries;
    }
}
