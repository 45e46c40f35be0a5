package kb.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A running {@code kb serve} while many connections hold it open doing next to nothing (each sends the start of a
 * request, then one more header byte every few seconds, never finishing it): do normal queries from one client still
 * answer, and how fast, compared with the same queries before the slow connections came (after ten rounds of warm-up)? Prints both runs' p50, p99
 * and errors, and how many of the slow connections the server had closed by the end (its idle timeout).
 *
 * <pre>bin/bench slow URL QUERIES.tsv... [--connections N] [--seconds S]</pre>
 */
final class SlowConnectionBenchmark {
    private static final int WARM_UP = 10;

    private SlowConnectionBenchmark() {}

    static int run(String[] args) throws Exception {
        List<String> files = new ArrayList<>();
        int connections = 200;
        int seconds = 30;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> files.add(args[i]);
            }
        }
        if (args.length < 2 || files.isEmpty()) {
            System.err.println("usage: bin/bench slow BASE_URL QUERIES.tsv... [--connections N] [--seconds S]");
            return 2;
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String host = base.getHost();
        int port = base.getPort() < 0 ? 80 : base.getPort();
        List<String> targets = new ArrayList<>();
        for (String q : TimedRuns.queries(files)) {
            targets.add(base.getRawPath() + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        try (HttpConnection one = new HttpConnection(host, port)) {
            // A fresh server compiles as it answers: the first rounds are not measured.
            for (int warm = 0; warm < WARM_UP; warm++) {
                TimedRuns.run(targets.size(), 1, (w, i) -> one.get(targets.get(i)) == 200);
            }
            report("alone", TimedRuns.run(targets.size(), 1, (w, i) -> one.get(targets.get(i)) == 200));

            List<Socket> slow = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Socket s = new Socket(host, port);
                s.getOutputStream()
                        .write(("GET /api/search?q=slow HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ")
                                .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            Thread trickle = Thread.ofPlatform().daemon().start(() -> {
                while (System.nanoTime() < end) {
                    for (Socket s : slow) {
                        try {
                            OutputStream out = s.getOutputStream();
                            out.write('a');
                            out.flush();
                        } catch (IOException closed) {
                            // The server let it go.
                        }
                    }
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            int rounds = 0;
            List<TimedRuns.Figures> during = new ArrayList<>();
            while (System.nanoTime() < end) {
                during.add(TimedRuns.run(targets.size(), 1, (w, i) -> one.get(targets.get(i)) == 200));
                rounds++;
            }
            trickle.join();
            long[] all = during.stream()
                    .flatMapToLong(f -> Arrays.stream(f.nanos()))
                    .sorted()
                    .toArray();
            int errors = during.stream().mapToInt(TimedRuns.Figures::errors).sum();
            System.out.printf(
                    "with %d slow  %d rounds, %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    connections,
                    rounds,
                    all.length,
                    errors,
                    SoakBenchmark.percentile(all, 0.5),
                    SoakBenchmark.percentile(all, 0.99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6);
            int closed = 0;
            for (Socket s : slow) {
                try {
                    s.setSoTimeout(1);
                    if (s.getInputStream().read() == -1) {
                        closed++;
                    }
                } catch (java.net.SocketTimeoutException open) {
                    // Still open.
                } catch (IOException reset) {
                    closed++;
                }
                s.close();
            }
            System.out.printf(
                    "slow         %d of %d slow connections closed by the server after %d s%n",
                    closed, connections, seconds);
            return errors == 0 ? 0 : 1;
        }
    }

    private static void report(String what, TimedRuns.Figures f) {
        System.out.printf(
                "%-12s %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, f.nanos().length, f.errors(), f.p50Millis(), f.p99Millis(), f.maxMillis());
    }
}
