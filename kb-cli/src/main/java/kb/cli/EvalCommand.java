package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
        description = "Measures search relevance on a file of query<TAB>id,id lines: MRR@10, recall@1, recall@10.")
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

    @Override
    public Integer call() throws Exception {
        List<QueryFile.Case> cases = read(queries, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        double mrr = 0;
        double recall1 = 0;
        double recall10 = 0;
        long start = System.nanoTime();
        try (KbSearcher searcher = KbSearcher.open(SearchCommand.index(site, spec.commandLine()))) {
            for (QueryFile.Case c : cases) {
                List<String> top = searcher.search(new SearchRequest(c.query(), "", "", 1, 10)).hits().stream()
                        .map(SearchHit::id)
                        .toList();
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
            out.println(ArticleJson.mapper().writeValueAsString(o));
        } else {
            out.printf(
                    "%s: %,d queries, MRR@10 %.3f, recall@1 %.3f, recall@10 %.3f (%.1f s)%n",
                    queries.getFileName(), cases.size(), mrr / n, recall1 / n, recall10 / n, seconds);
        }
        out.flush();
        return 0;
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
