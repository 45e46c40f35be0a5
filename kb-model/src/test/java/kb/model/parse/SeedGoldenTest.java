package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.json.ArticleJson;
import kb.testing.Golden;
import kb.testing.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field of every article in content/, against a reviewed golden record. */
class SeedGoldenTest {

    static Stream<Path> contentFiles() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.content())) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentFiles")
    void parsesToTheGoldenRecord(Path file) throws IOException {
        String name = "content/" + file.getFileName();
        ParseResult result = ArticleParser.create().parse(name, Files.readAllBytes(file));

        assertThat(result.diagnostics()).as("diagnostics for %s", name).isEmpty();
        Article article = result.article().orElseThrow();
        String json = ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(article) + "\n";
        Golden.assertMatches("content/" + file.getFileName() + ".expected.json", json, name);
    }
}
