package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import kb.model.SourceFormat;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by the commands that read a content folder. */
public final class ContentOptions {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Read every file as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    SourceFormat format;

    public ContentOptions() {}

    /** The parser these options ask for, with the knowledge base's ids. */
    ArticleParser parser(picocli.CommandLine cmd) {
        return ProjectConfig.articles(ConfigDefaults.of(cmd)).format(format).build();
    }

    /** Reads every article under {@code dir}, with a progress bar on a terminal. */
    Corpus read(Path dir, picocli.CommandLine cmd) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(cmd, "not a folder: " + dir);
        }
        Progress progress = Progress.onTerminal(cmd.getErr());
        try {
            return new CorpusReader(parser(cmd)).readAll(dir, progress.bar("Reading"));
        } finally {
            progress.done();
        }
    }
}
