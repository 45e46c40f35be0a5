package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb index [CONTENT] --out SITE}: the search index alone, without rendering pages. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the search index of the articles under CONTENT (default: content), as kb build",
            "does, without rendering pages; kb search and kb eval then use it with --site SITE."
        })
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions contentOptions;

    @Parameters(index = "0", paramLabel = "CONTENT", defaultValue = "content", description = "Content folder.")
    Path content;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "SITE",
            defaultValue = "site",
            description = "The site the index belongs to (default: site); the index goes beside it, in .SITE.kb/.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + content);
        }
        SiteBuild.Builder build = SiteBuild.builder(content, out).parser(contentOptions.parser());
        Optional<String> refusal = build.build().refusal();
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println("kb: " + refusal.get());
            return ExitCodes.USAGE;
        }
        Progress progress = Progress.onTerminal();
        BuildReport report;
        try {
            report = build.listener(progress).build().index();
        } finally {
            progress.done();
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Indexed %,d articles of %s into %s (%,d errors), in %.1f s%n",
                        report.articles(), content, SiteLayout.of(out).index(), report.errors(), report.seconds());
        return report.errors() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
