package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kb.cli.config.ProjectConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kb init [DIR]}: starts a knowledge base: its settings file, a content folder with two example articles that
 * link to each other, and a theme folder that says how to change a template. A file already there is kept.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a knowledge base in DIR (default: this folder): kb.yaml, content/ with two example articles that"
                    + " link to each other, and theme/ with a note on changing the look; then kb serve in it shows it.",
            "A file already there is kept, never overwritten."
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Where to start it (default: this folder).")
    Path dir;

    @Option(
            names = "--title",
            defaultValue = "Knowledge Base",
            description = "The knowledge base's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ProjectConfig.FILE_NAME, settings());
        files.put("content/how-to-write-an-article.md", firstArticle());
        files.put("content/printer-offline-after-driver-update.md", secondArticle());
        files.put("theme/README.md", themeNote());
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            if (NewFiles.create(file, f.getValue().getBytes(StandardCharsets.UTF_8))) {
                out.println("Wrote " + file);
            } else {
                out.println("Kept  " + file + " (already there)");
            }
        }
        out.println("Next: "
                + (dir.normalize().toString().isEmpty() || dir.equals(Path.of(".")) ? "" : "cd " + dir + " && ")
                + "kb serve, then open http://127.0.0.1:8080/ (kb new \"Title\" starts another article).");
        return ExitCodes.OK;
    }

    private String settings() {
        return """
                # This knowledge base's settings: kb build, kb serve and kb check read them (an option given on the
                # command line wins). Paths are relative to this file's folder.
                title: %s
                # The address the site is published at; the sitemap and the feed need it:
                # base_url: https://support.example.com/kb/
                language: en
                content: content
                output: site
                theme: theme
                # Related articles on each article's page (0 to 5):
                related: 5
                # The team's own article ids besides Q numbers, as a regular expression (kb new then numbers on):
                # ids: KB-\\d{4}
                # Product names to show instead of the articles' own, listed first on the home page in this order:
                # products:
                #   example: Example Product
                serve:
                  port: 8080
                  host: 127.0.0.1
                """.formatted(YamlText.quoted(title.strip()));
    }

    private static String today() {
        return LocalDate.now(ZoneId.systemDefault()).toString();
    }

    private static String firstArticle() {
        return """
                ---
                id: Q100001
                title: How to Write an Article for This Knowledge Base
                product: example
                products: Example Product
                modified: %s
                keywords: [kbhowto]
                issue_type: kbhowto
                ---

                ## Summary

                Each article is a Markdown file in `content/`, with its fields between the two `---` lines at the top.
                `kb new "Title"` starts one with the next free id.

                ## More Information

                Write sections under `##` headings: **Symptoms** (what the reader sees, in the words of the error),
                **Cause**, **Resolution** and **Workaround** are the ones readers look for. In the text:

                - *emphasis*, **strong** and `code` as in any Markdown;
                - tables, task lists and fenced code blocks with their language;
                - a link to another article by its file, as in [the example of a problem](printer-offline-after-driver-update.md),
                  or by its id, as in Q100002;
                - images beside the articles, such as `![The error](images/error.png)`.

                `kb serve` shows the site and builds it again as you save; `kb check` lists what is wrong, with the file
                and the line.
                """.formatted(today());
    }

    private static String secondArticle() {
        return """
                ---
                id: Q100002
                title: "Example: Printer Shows as Offline After a Driver Update"
                product: example
                products: Example Product
                modified: %s
                keywords: [kbprint, kberrmsg]
                issue_type: kbbug
                solution_type: kbworkaround
                ---

                ## Symptoms

                After you update the printer driver, the printer shows as **Offline** and print jobs stay in the queue
                with the status:

                ```
                Error - Printing: the printer is not available
                ```

                ## Cause

                The update replaces the printer's port with a new one that points at the old address.

                ## Resolution

                1. Open the printer's properties and select the **Ports** tab.
                2. Select the port with the printer's current address, and then select **Apply**.
                3. Print a test page.

                ## More Information

                This is an example article: replace it with your own. See
                [How to Write an Article for This Knowledge Base](how-to-write-an-article.md).
                """.formatted(today());
    }

    private static String themeNote() {
        return """
                # Theme

                This folder changes how the site looks; kb.yaml names it (`theme: theme`). A file here replaces the
                built-in one of the same name:

                - `templates/` holds FreeMarker templates: `layout.ftlh` (the frame of every page), `article.ftlh`,
                  `home.ftlh`, `list.ftlh`, `search.ftlh`, `404.ftlh`, and `feed.ftlx`, `sitemap.ftlx`, `robots.ftl`.
                - `static/` holds files copied into the site's `static/` folder: `kb.css`, `kb.js`, and any other
                  (images, fonts) your templates link to.

                To start from the built-in theme, run `kb theme export theme` in the knowledge base's folder: it copies
                every template and static file here (a file already here is kept). Then change only what you need and
                delete the rest, so that later versions of kb can improve the others.

                Templates escape text for HTML by default; they get plain records (`site`, `page`, `article`). A
                mistake in a template is reported with the file, line and column when the site is built.
                """;
    }
}
