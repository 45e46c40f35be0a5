package kb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kb.cli.QueryFile;

/** What the query benchmarks share: their queries, and many timed calls from a number of threads at once. */
final class TimedRuns {
    private TimedRuns() {}

    /** One timed call; false (or an exception) counts as an error. */
    interface Call {
        /** Call {@code i}, made by thread {@code worker} (0 to threads - 1). */
        boolean run(int worker, int i) throws Exception;
    }

    /**
     * The times of a run's calls, sorted, how long the run took, how many calls failed, and the processor time the
     * whole process took meanwhile (garbage collection and compilers included).
     */
    record Figures(long[] nanos, double seconds, int errors, long processCpuNanos) {
        double p50Millis() {
            return nanos[nanos.length / 2] / 1e6;
        }

        double p99Millis() {
            return nanos[(int) (nanos.length * 0.99)] / 1e6;
        }

        double maxMillis() {
            return nanos[nanos.length - 1] / 1e6;
        }

        double meanMillis() {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        double processMillisPerCall() {
            return processCpuNanos / 1e6 / nanos.length;
        }
    }

    /** The queries of {@code query<TAB>ids} files, in order. */
    static List<String> queries(List<String> files) throws IOException {
        List<String> queries = new ArrayList<>();
        for (String file : files) {
            QueryFile.read(Path.of(file)).forEach(c -> queries.add(c.query()));
        }
        return queries;
    }

    /** Makes calls 0 to total - 1, each once, from this many threads at once, timing each. */
    static Figures run(int total, int threads, Call call) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            if (!call.run(worker, i)) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
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
        long cpuUsed = processCpuNanos() - cpu;
        Arrays.sort(nanos);
        return new Figures(nanos, seconds, errors.get(), cpuUsed);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
