package kb.cli.bench;

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
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Measures {@code /api/search} latency against a running {@code kb serve}: every query of the given files, first from
 * one client, then from 16 at once, each on its own kept-alive connection; prints p50, p99, throughput and errors.
 * The client is a blocking one, light on the processor: on a small machine it shares the cores with the server it
 * measures.
 *
 * <pre>kb bench latency http://127.0.0.1:8080/ QUERIES.tsv...</pre>
 */
public final class LatencyBenchmark {
    private static final int WARMUP_ROUNDS = 1;
    private static final int MAX_CLIENTS = 16;

    private LatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LatencyBenchmark BASE_URL QUERIES.tsv...");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        List<String> queries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    queries.add(line.substring(0, tab));
                }
            }
        }
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CLIENTS)
                .setMaxConnPerRoute(MAX_CLIENTS)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true)
                        .setSoTimeout(Timeout.ofSeconds(30)).build())
                .build();
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(connections).build()) {
            System.out.printf("queries      %,d from %d files against %s%n", queries.size(), args.length - 1, base);
            run(http, base, queries, 1, WARMUP_ROUNDS, false);
            run(http, base, queries, 1, 1, true);
            run(http, base, queries, MAX_CLIENTS, 1, true);
        }
    }

    private static void run(CloseableHttpClient http, String base, List<String> queries, int clients, int rounds,
            boolean report) throws Exception {
        int total = queries.size() * rounds;
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        String q = queries.get(i % queries.size());
                        HttpGet get = new HttpGet(base + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                        long t = System.nanoTime();
                        try {
                            boolean ok = http.execute(get, response -> {
                                EntityUtils.consume(response.getEntity());
                                return response.getCode() == 200;
                            });
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        nanos[i] = System.nanoTime() - t;
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
            System.out.printf("%2d client%s   p50 %.1f ms, p99 %.1f ms, max %.1f ms, %,.0f requests/s, %d errors of %,d%n",
                    clients, clients == 1 ? " " : "s", nanos[total / 2] / 1e6, nanos[(int) (total * 0.99)] / 1e6,
                    nanos[total - 1] / 1e6, total / seconds, errors.get(), total);
        }
    }
}
