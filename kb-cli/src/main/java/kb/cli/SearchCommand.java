package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.model.ControlCharacters;
import kb.model.build.SiteLayout;
import kb.model.json.ArticleJson;
import kb.search.KbIndex;
import kb.search.KbSearcher;
import kb.search.SearchHit;
import kb.search.SearchRequest;
import kb.search.SearchResponse;
import kb.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb search "text"}: the articles that answer a symptom or an error message. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the index of a built site (kb build makes it) by symptom text or error message.",
            "Quoted phrases must match; -word excludes; product:CODE filters."
        })
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What you see, or the error message.")
    String text;

    @Option(names = "--product", paramLabel = "CODE", description = "Only articles of this product.")
    String product;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only articles last modified in this year.")
    String year;

    @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "The built site (default: site).")
    Path site;

    /** The index of a built site, or a usage error saying how to make it. */
    static Path index(Path site, CommandLine cmd) {
        Path index = SiteLayout.of(site).index();
        return switch (KbIndex.check(index)) {
            case KbIndex.Status.Current c -> index;
            case KbIndex.Status.Missing m ->
                throw new CommandLine.ParameterException(
                        cmd,
                        "no search index for " + site + ": build it with the site (kb build CONTENT --out " + site
                                + ")");
            case KbIndex.Status.Unusable u ->
                throw new CommandLine.ParameterException(
                        cmd,
                        "the search index of "
                                + site + " cannot be used (" + u.reason()
                                + "): build the site again (kb build CONTENT --out "
                                + site + ")");
        };
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be from 1 to 100");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (KbSearcher searcher = KbSearcher.open(index(site, spec.commandLine()))) {
            SearchRequest request = new SearchRequest(text, product, year, 1, limit);
            SearchResult r = searcher.search(request);
            if (json) {
                out.println(ArticleJson.mapper().writeValueAsString(SearchResponse.of(request, r)));
            } else {
                print(out, r);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, SearchResult r) {
        if (!r.notice().isEmpty()) {
            out.println(r.notice());
        }
        if (!r.didYouMean().isEmpty()) {
            out.println("Did you mean: " + ControlCharacters.forTerminal(r.didYouMean()));
        }
        out.printf(
                "%,d%s %s%s%s%n",
                r.total(),
                r.exactTotal() ? "" : "+",
                r.total() == 1 && r.exactTotal() ? "article" : "articles",
                r.productName().isEmpty() ? "" : " in " + ControlCharacters.forTerminal(r.productName()),
                r.fuzzy() ? " (no exact match; close spellings)" : "");
        int rank = 1;
        // What articles hold is printed as text: a control character in a title cannot take over the terminal.
        for (SearchHit h : r.hits()) {
            out.printf(
                    "%n%2d. %s  %s%n    %s  %s%n",
                    rank++,
                    ControlCharacters.forTerminal(h.id()),
                    ControlCharacters.forTerminal(h.title()),
                    ControlCharacters.forTerminal(String.join(", ", h.productNames())),
                    ControlCharacters.forTerminal(h.date()));
            StringBuilder snippet = new StringBuilder();
            h.snippet().forEach(p -> snippet.append(p.hit() ? "[" + p.text() + "]" : p.text()));
            out.println("    " + ControlCharacters.forTerminal(snippet.toString()));
        }
    }
}
