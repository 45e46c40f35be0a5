package kb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.model.SourceFormat;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusLoader;
import kb.model.parse.ArticleParser;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by the commands that read a content folder. */
public final class ContentOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    SourceFormat format;

    public ContentOptions() {}

    /** Loads the articles under {@code dir}, with a progress bar on a terminal. */
    public Corpus load(Path dir, picocli.CommandLine cmd) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(cmd, "not a folder: " + dir);
        }
        ArticleParser parser = ArticleParser.builder().format(format).build();
        Progress.Bar bar = Progress.bar("Reading");
        try {
            return new CorpusLoader(parser).load(dir, bar);
        } finally {
            bar.done();
        }
    }
}
