package kb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import kb.cli.config.ConfigDefaults;
import kb.model.ArticleId;
import kb.model.IdScheme;
import kb.model.ProductNames;
import kb.model.corpus.Corpus;
import kb.render.link.SitePaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kb new "Title" [--product CODE] [--content DIR]}: starts a Markdown article with the next free id, today's
 * date and empty Symptoms, Cause and Resolution sections, and prints its path. It never overwrites a file.
 */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a new Markdown article in the content folder: the next free id, today's date and empty Symptoms,"
                    + " Cause and Resolution sections; prints its path.",
            "An existing file is never overwritten."
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption settings;

    @Mixin
    ContentOptions content;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's title.")
    String title;

    @Option(
            names = "--product",
            paramLabel = "CODE",
            description = "The product's code (acmesync); its name is taken from the articles that have it.")
    String product;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "The article's id, instead of the next free one (Q and a number, or one of the ids"
                    + " pattern in kb.yaml).")
    String givenId;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the title is empty");
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        Corpus corpus = content.read(dir, spec.commandLine());
        ArticleId id = id(corpus);
        Path file = write(dir, SitePaths.slug(title), text(id, corpus));
        spec.commandLine().getOut().println(file);
        return ExitCodes.OK;
    }

    /** The id given, checked; else the next free one of the knowledge base's ids. */
    private ArticleId id(Corpus corpus) {
        IdScheme ids = ConfigDefaults.ids(spec.commandLine());
        Set<ArticleId> taken = new HashSet<>();
        corpus.summaries().forEach(s -> taken.add(s.id()));
        corpus.duplicates().forEach(d -> taken.add(d.id()));
        if (givenId != null) {
            ArticleId id = ids.parse(givenId)
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), ids.notAnId(givenId)));
            if (taken.contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the id " + id + " is taken");
            }
            return id;
        }
        return ids.next(taken)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no article has an id of the pattern '" + ids.pattern()
                                + "' yet, and kb cannot make one from it: give the first with --id"));
    }

    private String text(ArticleId id, Corpus corpus) {
        StringBuilder b = new StringBuilder("---\n")
                .append("id: ")
                .append(id)
                .append('\n')
                .append("title: ")
                .append(YamlText.quoted(title.strip()))
                .append('\n');
        if (product != null && !product.isBlank()) {
            b.append("product: ").append(product.strip()).append('\n');
            String name = productName(corpus, product.strip());
            if (name != null) {
                b.append("products: ").append(YamlText.quoted(name)).append('\n');
            }
        }
        return b.append("modified: ")
                .append(LocalDate.now(ZoneId.systemDefault()))
                .append('\n')
                .append("---\n\n## Symptoms\n\n\n## Cause\n\n\n## Resolution\n\n")
                .toString();
    }

    /** The name the content's articles give a product code, as the site shows it; null when none has the code. */
    private static String productName(Corpus corpus, String code) {
        ProductNames names = new ProductNames();
        corpus.summaries().forEach(s -> names.addArticle(s.productCodes(), s.productNames()));
        return names.names().get(code);
    }

    /** Writes a new file named after the title, with {@code -2}, {@code -3}... when the name is taken. */
    private static Path write(Path dir, String slug, String text) throws IOException {
        String base = slug.isEmpty() ? "article" : slug;
        for (int n = 1; ; n++) {
            Path file = dir.resolve((n == 1 ? base : base + "-" + n) + ".md");
            if (NewFiles.create(file, text.getBytes(StandardCharsets.UTF_8))) {
                return file;
            }
        }
    }
}
