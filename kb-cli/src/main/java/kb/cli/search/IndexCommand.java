package kb.cli.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.cli.ContentOptions;
import kb.cli.build.SiteBuilder;
import kb.model.Article;
import kb.model.corpus.Corpus;
import kb.render.link.SitePaths;
import kb.search.KbIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb index [CONTENT] --out SITE}: the search index alone, without rendering pages. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Builds the search index of the articles under CONTENT (default: content), as kb build",
            "does, without rendering pages; kb search and kb eval then use it with --site SITE."})
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions contentOptions;

    @Parameters(index = "0", paramLabel = "CONTENT", defaultValue = "content", description = "Content folder.")
    Path content;

    @Option(names = {"-o", "--out"}, paramLabel = "SITE", defaultValue = "site",
            description = "The site the index belongs to (default: site); the index goes beside it, in .SITE.kb/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Corpus corpus = contentOptions.load(content, spec.commandLine());
        Path dir = Files.createDirectories(SiteBuilder.stateDir(out).resolve(SiteBuilder.INDEX));
        try (KbIndex index = KbIndex.open(dir, true)) {
            for (Article a : corpus.articles()) {
                index.add(a, SitePaths.articleDir(a.id()));
            }
        }
        long errors = corpus.diagnostics().stream().filter(d -> d.isError()).count();
        spec.commandLine().getOut().printf("Indexed %,d articles of %s into %s (%,d errors), in %.1f s%n",
                corpus.size(), content, dir, errors, (System.nanoTime() - start) / 1e9);
        return errors > 0 ? 1 : 0;
    }
}
