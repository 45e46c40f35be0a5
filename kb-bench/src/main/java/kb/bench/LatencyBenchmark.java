package kb.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures {@code /api/search} latency against a running {@code kb serve}: after a warm-up, every query of the given
 * files, three times over, first from one client, then from 16 at once, each on its own kept-alive connection; prints
 * p50, p99, throughput, errors, and the processor time the benchmark itself took a request. The client is a plain
 * blocking HTTP/1.1 one, as light on the processor as it can be: on a small machine it shares the cores with the
 * server it measures.
 *
 * <pre>bin/bench latency http://127.0.0.1:8080/ QUERIES.tsv...</pre>
 */
public final class LatencyBenchmark {
    private static final int MAX_CLIENTS = 16;
    /** Each measured run goes over the queries this many times: a single pass at 16 clients lasts about a second. */
    private static final int ROUNDS = 3;
    /**
     * Measured-size runs of 16 clients before measuring: at least this many, and more while the throughput still grows
     * by a twentieth from one to the next (a fresh server's optimizing compiler takes some twenty thousand requests).
     */
    private static final int MIN_WARM_UP = 3;

    private static final int MAX_WARM_UP = 10;

    private LatencyBenchmark() {}

    static int run(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: bin/bench latency BASE_URL QUERIES.tsv...");
            return 2;
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            System.err.println("LatencyBenchmark: the base URL must be http://HOST[:PORT]/, not " + args[0]);
            return 2;
        }
        List<String> targets = new ArrayList<>();
        for (String q : TimedRuns.queries(Arrays.asList(args).subList(1, args.length))) {
            targets.add(base.getRawPath() + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        System.out.printf("queries      %,d from %d files against %s%n", targets.size(), args.length - 1, base);
        // A server runs for long: it is measured once its optimizing compiler has done most of its work.
        double before = 0;
        int rounds = 0;
        for (double now = 0; rounds < MIN_WARM_UP || (rounds < MAX_WARM_UP && now > before * 1.05); rounds++) {
            before = now;
            now = run(base, targets, MAX_CLIENTS).perSecond();
        }
        System.out.printf(
                "warm-up      %d runs of %d clients, %,d requests%n",
                rounds, MAX_CLIENTS, rounds * targets.size() * ROUNDS);
        report(1, run(base, targets, 1));
        report(MAX_CLIENTS, run(base, targets, MAX_CLIENTS));
        return 0;
    }

    /** A run of every target {@link #ROUNDS} times over, from this many clients, each on a connection of its own. */
    private static TimedRuns.Figures run(URI base, List<String> targets, int clients) throws Exception {
        HttpConnection[] connections = new HttpConnection[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = new HttpConnection(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
        }
        try {
            return TimedRuns.run(
                    targets.size() * ROUNDS,
                    clients,
                    (client, i) -> connections[client].get(targets.get(i % targets.size())) == 200);
        } finally {
            for (HttpConnection c : connections) {
                c.close();
            }
        }
    }

    private static void report(int clients, TimedRuns.Figures f) {
        System.out.printf(
                "%2d client%s   p50 %.1f ms, p99 %.1f ms, max %.1f ms, %,.0f requests/s, %d errors of %,d;"
                        + " the benchmark took %.3f ms of processor a request%n",
                clients,
                clients == 1 ? " " : "s",
                f.p50Millis(),
                f.p99Millis(),
                f.maxMillis(),
                f.perSecond(),
                f.errors(),
                f.nanos().length,
                f.processMillisPerCall());
    }
}
