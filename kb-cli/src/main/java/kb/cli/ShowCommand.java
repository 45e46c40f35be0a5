package kb.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.cli.config.ConfigDefaults;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.IdScheme;
import kb.model.corpus.Corpus;
import kb.model.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb show ID [CONTENT]}: one parsed article as indented JSON. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description =
                "Prints the parsed article ID from CONTENT (default: content) as indented JSON, for a person to inspect.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Mixin
    ConfigOption settings;

    @Parameters(index = "0", paramLabel = "ID", description = "Article id, such as Q256211.")
    String id;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "CONTENT",
            defaultValue = "content",
            description = "Content folder (default: content).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        IdScheme ids = ConfigDefaults.ids(spec.commandLine());
        ArticleId articleId = ids.parse(id)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(), ids.notAnId(id)));
        Corpus corpus = content.read(dir, spec.commandLine());
        var article = corpus.article(articleId);
        if (article.isEmpty()) {
            spec.commandLine().getErr().println("kb: " + articleId + " is not in " + dir);
            return ExitCodes.FAILURE;
        }
        Article a = article.get();
        spec.commandLine()
                .getOut()
                .println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(a));
        corpus.diagnostics().stream()
                .filter(d -> d.source().equals(a.source().path()))
                .forEach(spec.commandLine().getErr()::println);
        return ExitCodes.OK;
    }
}
