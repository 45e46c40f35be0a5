package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kb.eval.StaticSearchProbe;
import kb.model.json.ArticleJson;
import kb.search.KbSearcher;
import kb.search.SearchHit;
import kb.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kb eval QUERIES.tsv}: relevance of the search, measured. Each line is {@code query<TAB>id[,id…]}, the ids
 * that answer it. Prints MRR@10 (the mean of 1/rank of the first answer in the top 10), recall@1 and recall@10 (the
 * share of a query's answers found in the top 1 and top 10, averaged over queries).
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures search relevance on a file of query<TAB>id,id lines: MRR@10, recall@1, recall@10;"
                + " with --static, of the site's own search in a browser.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERIES", description = "A query<TAB>id,id file.")
    Path queries;

    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "The built site (default: site).")
    Path site;

    @Option(names = "--verbose", description = "List the queries whose answer is not first, with what came instead.")
    boolean verbose;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(
            names = "--static",
            description = "Measure the site's own search, run in headless Chromium from a static server, with the"
                    + " bytes it transfers and its time for a page's first query and a later one.")
    boolean inBrowser;

    @Option(
            names = "--chromium",
            paramLabel = "FILE",
            defaultValue = "/usr/bin/chromium",
            description = "Chromium, for --static (default: /usr/bin/chromium).")
    Path chromium;

    @Option(
            names = "--chromedriver",
            paramLabel = "FILE",
            defaultValue = "/usr/bin/chromedriver",
            description = "Chromium's driver, for --static (default: /usr/bin/chromedriver).")
    Path chromedriver;

    /** The ranked ids of a query's first page. */
    private interface Ranking extends AutoCloseable {
        List<String> top(int index, String query) throws Exception;

        @Override
        void close() throws IOException;
    }

    @Override
    public Integer call() throws Exception {
        List<QueryFile.Case> cases = read(queries, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        double mrr = 0;
        double recall1 = 0;
        double recall10 = 0;
        long start = System.nanoTime();
        List<StaticSearchProbe.Search> firstQueries = new ArrayList<>();
        List<StaticSearchProbe.Search> laterQueries = new ArrayList<>();
        try (Ranking ranking = inBrowser ? browser(cases, firstQueries, laterQueries) : server()) {
            for (int k = 0; k < cases.size(); k++) {
                QueryFile.Case c = cases.get(k);
                List<String> top = ranking.top(k, c.query());
                int first = -1;
                for (int i = 0; i < top.size(); i++) {
                    if (c.answers().contains(top.get(i))) {
                        first = i;
                        break;
                    }
                }
                mrr += first < 0 ? 0 : 1.0 / (first + 1);
                recall1 += top.isEmpty()
                        ? 0
                        : c.answers().contains(top.get(0)) ? 1.0 / c.answers().size() : 0;
                recall10 += (double) top.stream().filter(c.answers()::contains).count()
                        / c.answers().size();
                if (verbose && first != 0) {
                    out.printf(
                            "%s:%d: %s%n    wanted %s, rank %s; got %s%n",
                            queries.getFileName(),
                            c.line(),
                            c.query(),
                            c.answers(),
                            first < 0 ? "none" : Integer.toString(first + 1),
                            top.subList(0, Math.min(3, top.size())));
                }
            }
        }
        int n = Math.max(1, cases.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("queries", cases.size());
            o.put("mrr10", round(mrr / n));
            o.put("recall1", round(recall1 / n));
            o.put("recall10", round(recall10 / n));
            o.put("seconds", round(seconds));
            if (inBrowser) {
                o.put("firstQuery", costs(firstQueries));
                if (!laterQueries.isEmpty()) {
                    o.put("laterQuery", costs(laterQueries));
                }
            }
            out.println(ArticleJson.mapper().writeValueAsString(o));
        } else {
            out.printf(
                    "%s: %,d queries, MRR@10 %.3f, recall@1 %.3f, recall@10 %.3f (%.1f s)%n",
                    queries.getFileName(), cases.size(), mrr / n, recall1 / n, recall10 / n, seconds);
            if (inBrowser) {
                out.printf("  in the browser, a page's first query: %s%n", describe(costs(firstQueries)));
                // A file of one query has no later one.
                if (!laterQueries.isEmpty()) {
                    out.printf("  in the browser, a later query:        %s%n", describe(costs(laterQueries)));
                }
            }
        }
        out.flush();
        return 0;
    }

    private Ranking server() throws Exception {
        KbSearcher searcher = KbSearcher.open(SearchCommand.index(site, spec.commandLine()));
        return new Ranking() {
            @Override
            public List<String> top(int index, String query) throws Exception {
                return searcher.search(new SearchRequest(query, "", "", 1, 10)).hits().stream()
                        .map(SearchHit::id)
                        .toList();
            }

            @Override
            public void close() throws IOException {
                searcher.close();
            }
        };
    }

    /**
     * The site's search in the browser: each query the first of a page opened afresh, then the next query of the file
     * on the same page, for the cost of a later query.
     */
    private Ranking browser(
            List<QueryFile.Case> cases, List<StaticSearchProbe.Search> first, List<StaticSearchProbe.Search> later)
            throws Exception {
        if (!Files.isRegularFile(site.resolve("search").resolve("kb-index.js"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), site + " has no search index for the browser: build it with kb build");
        }
        StaticSearchProbe probe = StaticSearchProbe.start(site, chromium, chromedriver);
        return new Ranking() {
            @Override
            public List<String> top(int index, String query) throws Exception {
                String next = cases.get((index + 1) % cases.size()).query();
                List<StaticSearchProbe.Search> r = probe.run(query, cases.size() > 1 ? next : "");
                first.add(r.get(0));
                if (r.size() > 1) {
                    later.add(r.get(1));
                }
                return r.get(0).ids();
            }

            @Override
            public void close() throws IOException {
                probe.close();
            }
        };
    }

    /** Median and 95th percentile of the bytes loaded and the time taken. */
    private static Map<String, Object> costs(List<StaticSearchProbe.Search> searches) {
        Map<String, Object> o = new LinkedHashMap<>();
        long[] bytes = searches.stream()
                .mapToLong(StaticSearchProbe.Search::bytes)
                .sorted()
                .toArray();
        double[] ms = searches.stream()
                .mapToDouble(StaticSearchProbe.Search::millis)
                .sorted()
                .toArray();
        o.put("queries", searches.size());
        o.put("medianBytes", bytes.length == 0 ? 0 : bytes[bytes.length / 2]);
        o.put("p95Bytes", bytes.length == 0 ? 0 : bytes[Math.min(bytes.length - 1, (int) (bytes.length * 0.95))]);
        o.put("medianMillis", ms.length == 0 ? 0 : round(ms[ms.length / 2]));
        o.put("p95Millis", ms.length == 0 ? 0 : round(ms[Math.min(ms.length - 1, (int) (ms.length * 0.95))]));
        return o;
    }

    private static String describe(Map<String, Object> c) {
        return String.format(
                "median %.1f KB (p95 %.1f KB), median %.0f ms (p95 %.0f ms)",
                ((Number) c.get("medianBytes")).longValue() / 1024.0,
                ((Number) c.get("p95Bytes")).longValue() / 1024.0,
                ((Number) c.get("medianMillis")).doubleValue(),
                ((Number) c.get("p95Millis")).doubleValue());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static List<QueryFile.Case> read(Path file, CommandLine cmd) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(cmd, "no such file: " + file);
        }
        try {
            return QueryFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }
}
