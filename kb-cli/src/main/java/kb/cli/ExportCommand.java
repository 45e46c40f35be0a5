package kb.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.model.Article;
import kb.model.corpus.Corpus;
import kb.model.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb export [CONTENT] --jsonl}: every article as one line of JSON. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Prints every article under CONTENT (default: content) as one JSON object a line (the full record), in id order.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Mixin
    ConfigOption settings;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONTENT",
            defaultValue = "content",
            description = "Content folder (default: content).")
    Path dir;

    @Option(names = "--jsonl", required = true, description = "JSON Lines output (the only format for now).")
    boolean jsonl;

    @Override
    public Integer call() throws Exception {
        Corpus corpus = content.read(dir, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        ObjectWriter writer = ArticleJson.mapper().writer();
        for (Article a : corpus.articles()) {
            out.println(writer.writeValueAsString(a));
        }
        out.flush();
        corpus.diagnostics().forEach(spec.commandLine().getErr()::println);
        return corpus.diagnostics().stream().anyMatch(d -> d.isError()) ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
