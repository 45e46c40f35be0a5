package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The content folder and the site built from it: what kb build, kb serve and kb index are given. */
public final class SiteOptions {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONTENT",
            defaultValue = "content",
            description = "Content folder (default: content).")
    Path content;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "site",
            description = "Site folder (default: site); what builds keep between runs goes beside it, in .DIR.kb/.")
    Path out;

    public SiteOptions() {}

    /** A build of the content into the site, or a usage error when the content is not a folder. */
    SiteBuild.Builder build(CommandLine cmd) {
        if (!Files.isDirectory(content)) {
            throw new CommandLine.ParameterException(cmd, "not a folder: " + content);
        }
        return SiteBuild.builder(content, out).articleLimit(ProjectConfig.maxArticleBytes(ConfigDefaults.of(cmd)));
    }

    /** Runs the build with progress on a terminal, unless kb must not write where it would: then says why. */
    static Optional<BuildReport> run(SiteBuild.Builder build, CommandLine cmd, boolean indexOnly) throws Exception {
        PrintWriter err = cmd.getErr();
        Optional<String> refusal = build.build().refusal();
        if (refusal.isPresent()) {
            err.println("kb: " + refusal.get());
            return Optional.empty();
        }
        Progress progress = Progress.onTerminal(err);
        try {
            SiteBuild b = build.listener(progress).build();
            return Optional.of(indexOnly ? b.index() : b.run());
        } finally {
            progress.done();
        }
    }
}
