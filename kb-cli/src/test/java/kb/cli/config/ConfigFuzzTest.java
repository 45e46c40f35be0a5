package kb.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.testing.ProjectFiles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code kb.yaml} written carelessly or to attack: settings files made of YAML fragments, pasted in any order and
 * nested, read as the commands read them. Each is either settings or a {@link ProjectConfig.Problem} that names the
 * file; nothing else escapes.
 */
class ConfigFuzzTest {
    private static final List<String> FRAGMENTS = List.of(
            "title: Acme Support\n",
            "base_url: https://example.com/kb/\n",
            "language: en\n",
            "related: 3\n",
            "related: -1\n",
            "related: 99999999999999999999\n",
            "max_article_mb: 0\n",
            "max_article_mb: x\n",
            "ids: KB-[0-9]+\n",
            "ids: '('\n",
            "ids: '.*'\n",
            "products:\n  sms: Systems Management Server\n",
            "products: [a, b]\n",
            "serve:\n  port: 8080\n",
            "serve: 3\n",
            "theme: ../../etc\n",
            "unknown: value\n",
            "title: [a, b]\n",
            "? [complex]\n: key\n",
            "&a [*a]\n",
            "a: &a [x, x]\nb: [*a, *a, *a]\n",
            "!!binary AAAA\n",
            "- a list\n",
            "'unclosed\n",
            "\"\\uD800\"\n",
            "\t\n",
            "\u0000",
            "\uFEFF",
            "---\n",
            "...\n",
            "%YAML 1.1\n",
            "key: value: value\n",
            "  indented: badly\n",
            "[".repeat(100_000),
            "{a: ".repeat(2_000));

    @Provide
    Arbitrary<String> settings() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(seed = "20261201")
    void aSettingsFileIsReadOrIsAProblemThatNamesIt(@ForAll("settings") String text) throws IOException {
        Path file = ProjectFiles.target("config-fuzz").resolve(ProjectConfig.FILE_NAME);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            ProjectConfig config = ProjectConfig.read(file);
            assertThat(config).isNotNull();
            ProjectConfig.articles(java.util.Optional.of(config));
        } catch (ProjectConfig.Problem e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
        }
    }
}
