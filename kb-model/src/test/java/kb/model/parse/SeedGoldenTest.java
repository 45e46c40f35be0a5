package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.corpus.SourceFile;
import kb.model.corpus.SourceListing;
import kb.model.json.ArticleJson;
import kb.testing.Golden;
import kb.testing.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field of every article in content/, against a reviewed golden record. */
class SeedGoldenTest {

    /** The files of content/ that kb reads as articles (not its images). */
    static Stream<Path> contentFiles() {
        return SourceListing.of(ProjectFiles.content()).files().stream().map(SourceFile::path);
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
