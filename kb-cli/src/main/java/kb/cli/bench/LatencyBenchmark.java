package kb.cli.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Measures {@code /api/search} latency against a running {@code kb serve}: after a warm-up, every query of the given
 * files, three times over, first from one client, then from 16 at once, each on its own kept-alive connection; prints
 * p50, p99, throughput and errors. The client is a blocking one, light on the processor: on a small machine it shares
 * the cores with the server it measures.
 *
 * <pre>kb bench latency http://127.0.0.1:8080/ QUERIES.tsv...</pre>
 */
public final class LatencyBenchmark {
    private static final int MAX_CLIENTS = 16;
    /** Each measured run goes over the queries this many times: a single pass at 16 clients lasts about a second. */
    private static final int ROUNDS = 3;
    /** Measured-size runs of 16 clients before measuring. */
    private static final int WARM_UP = 3;

    private LatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LatencyBenchmark BASE_URL QUERIES.tsv...");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        List<String> queries = TimedRuns.queries(Arrays.asList(args).subList(1, args.length));
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CLIENTS)
                .setMaxConnPerRoute(MAX_CLIENTS)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true)
                        .setSoTimeout(Timeout.ofSeconds(30)).build())
                .build();
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(connections).build()) {
            System.out.printf("queries      %,d from %d files against %s%n", queries.size(), args.length - 1, base);
            // A server runs for long: it is measured once its optimizing compiler has done most of its work, which on
            // two cores takes some ten thousand queries.
            for (int i = 0; i < WARM_UP; i++) {
                run(http, base, queries, MAX_CLIENTS);
            }
            report(1, run(http, base, queries, 1));
            report(MAX_CLIENTS, run(http, base, queries, MAX_CLIENTS));
        }
    }

    private static TimedRuns.Figures run(CloseableHttpClient http, String base, List<String> queries, int clients)
            throws Exception {
        return TimedRuns.run(queries.size() * ROUNDS, clients, i -> {
            HttpGet get = new HttpGet(base + "api/search?q="
                    + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8));
            return http.execute(get, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode() == 200;
            });
        });
    }

    private static void report(int clients, TimedRuns.Figures f) {
        System.out.printf("%2d client%s   p50 %.1f ms, p99 %.1f ms, max %.1f ms, %,.0f requests/s, %d errors of %,d%n",
                clients, clients == 1 ? " " : "s", f.p50Millis(), f.p99Millis(), f.maxMillis(), f.perSecond(),
                f.errors(), f.nanos().length);
    }
}
