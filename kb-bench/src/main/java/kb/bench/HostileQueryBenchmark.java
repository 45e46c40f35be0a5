package kb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import kb.search.KbSearcher;
import kb.search.SearchRequest;

/**
 * The work a hostile or careless query causes: queries of several kinds made at random from a seed (very long words,
 * hundreds of words, of quoted phrases, of {@code -words}, control characters and other scripts, numbers, filters),
 * each searched once to warm up and then once measured, on one thread; prints for each kind the processor time of the
 * slowest query and of the 99th percentile, and how many failed. Every answer should take a few milliseconds of
 * processor, however strange the text.
 *
 * <pre>bin/bench hostile INDEX_DIR [QUERIES_PER_KIND] [SEED]</pre>
 */
final class HostileQueryBenchmark {
    private HostileQueryBenchmark() {}

    static int run(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: bin/bench hostile INDEX_DIR [QUERIES_PER_KIND] [SEED]");
            return 2;
        }
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Random random = new Random(seed);
        Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
        kinds.put("one long word", r -> letters(r, 1_000 + r.nextInt(9_000)));
        kinds.put("many long words", r -> words(r, 24 + r.nextInt(100), 50 + r.nextInt(350)));
        kinds.put("many short words", r -> words(r, 200 + r.nextInt(800), 3 + r.nextInt(8)));
        kinds.put("quoted phrases", r -> repeat(50 + r.nextInt(200), i -> "\"error " + i + "\""));
        kinds.put("-words", r -> repeat(50 + r.nextInt(200), i -> "-" + letters(r, 3 + r.nextInt(8))));
        kinds.put("controls and scripts", HostileQueryBenchmark::junk);
        kinds.put("numbers", r -> repeat(20 + r.nextInt(200), i -> "0x" + Long.toHexString(r.nextLong())));
        kinds.put("near misses", r -> repeat(5 + r.nextInt(30), i -> misspelled(r)));
        kinds.put(
                "filters",
                r -> "product:" + letters(r, 1 + r.nextInt(300)) + " year:" + r.nextInt() + " " + letters(r, 6));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (KbSearcher searcher = KbSearcher.openForServer(Path.of(args[0]))) {
            System.out.printf(
                    "%,d queries of each of %d kinds (seed %d) over %,d articles%n",
                    perKind, kinds.size(), seed, searcher.size());
            double worst = 0;
            for (Map.Entry<String, Function<Random, String>> kind : kinds.entrySet()) {
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < perKind; i++) {
                    queries.add(kind.getValue().apply(random));
                }
                int errors = 0;
                for (String q : queries) {
                    try {
                        searcher.search(SearchRequest.of(q));
                    } catch (RuntimeException e) {
                        errors++;
                    }
                }
                double[] millis = new double[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    try {
                        searcher.search(SearchRequest.of(queries.get(i)));
                    } catch (RuntimeException e) {
                        errors++;
                    }
                    millis[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                double max = millis[millis.length - 1];
                worst = Math.max(worst, max);
                System.out.printf(
                        "%-22s processor a query: median %6.2f ms, p99 %6.2f ms, max %6.2f ms; %d errors%n",
                        kind.getKey(),
                        millis[millis.length / 2],
                        millis[(int) Math.floor(0.99 * (millis.length - 1))],
                        max,
                        errors);
            }
            System.out.printf("slowest query: %.2f ms of processor%n", worst);
        }
        return 0;
    }

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static String words(Random r, int count, int length) {
        return repeat(count, i -> letters(r, 1 + r.nextInt(length)));
    }

    private static String repeat(int count, IntFunction<String> part) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(part.apply(i)).append(' ');
        }
        return b.toString();
    }

    private static final String PUNCTUATION = "\"-:*?()[]{}\\/~^!";

    /** Control characters, combining marks, other scripts, emoji and punctuation, up to 2,000 characters. */
    private static String junk(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 10 + r.nextInt(2_000);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(6);
            int cp = switch (kind) {
                case 0 -> r.nextInt(0x20);
                case 1 -> 0x300 + r.nextInt(0x70);
                case 2 -> 0x4E00 + r.nextInt(0x5000);
                case 3 -> 0x1F600 + r.nextInt(0x50);
                case 4 -> PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
                default -> 'a' + r.nextInt(26);
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static final String[] WORDS = {
        "catalog", "backup", "upgrade", "install", "printer", "network", "password", "database", "service", "message"
    };

    /** A common word with one or two letters changed. */
    private static String misspelled(Random r) {
        char[] w = WORDS[r.nextInt(WORDS.length)].toCharArray();
        for (int k = 1 + r.nextInt(2); k > 0; k--) {
            w[1 + r.nextInt(w.length - 1)] = (char) ('a' + r.nextInt(26));
        }
        return new String(w);
    }
}
