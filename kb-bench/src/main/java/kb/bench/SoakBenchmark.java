package kb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running {@code kb serve} under 16 clients for many minutes, each client asking the queries of the given files
 * one after another on a kept-alive connection. Every minute it prints that minute's requests, errors, p50 and p99,
 * and the server's resident memory (from {@code /proc/PID/status}); at the end, the whole run's figures and the
 * memory at its start and end, which a leak would make grow.
 *
 * <pre>bin/bench soak URL PID MINUTES QUERIES.tsv...</pre>
 */
final class SoakBenchmark {
    private static final int CLIENTS = 16;

    private SoakBenchmark() {}

    static int run(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: bin/bench soak BASE_URL SERVER_PID MINUTES QUERIES.tsv...");
            return 2;
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        long pid = Long.parseLong(args[1]);
        int minutes = Integer.parseInt(args[2]);
        List<String> targets = new ArrayList<>();
        for (String q : TimedRuns.queries(Arrays.asList(args).subList(3, args.length))) {
            targets.add(base.getRawPath() + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        long rssStart = rssKb(pid);
        System.out.printf(
                "soak         %d clients for %d minutes, %,d queries against %s; server RSS %,d MB%n",
                CLIENTS, minutes, targets.size(), base, rssStart / 1024);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<long[]> all = new ArrayList<>();
        long end = System.nanoTime() + minutes * 60_000_000_000L;
        long totalErrors = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int minute = 1; minute <= minutes; minute++) {
                long until = Math.min(end, System.nanoTime() + 60_000_000_000L);
                List<Future<long[]>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(pool.submit(() -> client(base, targets, next, errors, until)));
                }
                List<Long> times = new ArrayList<>();
                for (Future<long[]> f : clients) {
                    for (long t : f.get()) {
                        times.add(t);
                    }
                }
                long[] sorted =
                        times.stream().mapToLong(Long::longValue).sorted().toArray();
                all.add(sorted);
                long minuteErrors = errors.getAndSet(0);
                totalErrors += minuteErrors;
                System.out.printf(
                        "minute %3d   %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms; server RSS %,d MB%n",
                        minute,
                        sorted.length,
                        minuteErrors,
                        percentile(sorted, 0.5),
                        percentile(sorted, 0.99),
                        rssKb(pid) / 1024);
            }
        }
        long[] whole = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long rssEnd = rssKb(pid);
        System.out.printf(
                "in all       %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms; server RSS %,d MB at the"
                        + " start, %,d MB at the end%n",
                whole.length,
                totalErrors,
                percentile(whole, 0.5),
                percentile(whole, 0.99),
                whole.length == 0 ? 0 : whole[whole.length - 1] / 1e6,
                rssStart / 1024,
                rssEnd / 1024);
        return totalErrors == 0 ? 0 : 1;
    }

    /** One client's requests until the time is up: their times; failures counted in {@code errors}. */
    private static long[] client(URI base, List<String> targets, AtomicInteger next, AtomicLong errors, long until)
            throws IOException {
        List<Long> times = new ArrayList<>();
        try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort() < 0 ? 80 : base.getPort())) {
            while (System.nanoTime() < until) {
                String target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                long t0 = System.nanoTime();
                try {
                    if (connection.get(target) != 200) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                times.add(System.nanoTime() - t0);
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** A process's resident memory in KB, from Linux's {@code /proc}; 0 where there is none. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
