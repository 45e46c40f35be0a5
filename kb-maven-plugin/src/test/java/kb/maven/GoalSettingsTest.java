package kb.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.render.site.SiteConfig;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' defaults: a goal's parameter wins, then the settings file, then the plugin's defaults. */
class GoalSettingsTest {
    @TempDir
    Path project;

    private static final GoalSettings.Parameters NONE = new GoalSettings.Parameters(null, null, null, null, null, null);

    private GoalSettings of(GoalSettings.Parameters p) throws MojoFailureException {
        return GoalSettings.of(project, project.resolve("target"), p);
    }

    @Test
    void withNothingConfiguredTheKnowledgeBaseIsSrcKbBuiltIntoTargetKb() throws Exception {
        GoalSettings s = of(NONE);
        assertThat(s.content()).isEqualTo(project.resolve("src/kb"));
        assertThat(s.output()).isEqualTo(project.resolve("target/kb"));
        assertThat(s.file()).isEmpty();
        assertThat(s.config()).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void theSettingsFileInSrcKbGivesWhatTheGoalDoesNot() throws Exception {
        Files.createDirectories(project.resolve("src/kb"));
        Files.createDirectories(project.resolve("look"));
        Files.writeString(project.resolve("src/kb/kb.yaml"), """
                title: Acme Support
                base_url: https://example.com/kb/
                theme: ../../look
                language: de
                related: 2
                products:
                  acmevault: Acme Vault
                """);
        GoalSettings s = of(NONE);
        assertThat(s.file()).isPresent();
        assertThat(s.config().title()).isEqualTo("Acme Support");
        assertThat(s.config().baseUrl()).isEqualTo("https://example.com/kb/");
        assertThat(s.config().theme()).contains(project.resolve("look").normalize());
        assertThat(s.config().language()).isEqualTo("de");
        assertThat(s.config().relatedSize()).isEqualTo(2);
        assertThat(s.config().products()).containsEntry("acmevault", "Acme Vault");

        GoalSettings given = of(new GoalSettings.Parameters(
                project.resolve("articles").toFile(),
                project.resolve("out").toFile(),
                null,
                "Given Title",
                "https://given.example/",
                null));
        assertThat(given.content()).isEqualTo(project.resolve("articles"));
        assertThat(given.output()).isEqualTo(project.resolve("out"));
        assertThat(given.config().title()).isEqualTo("Given Title");
        assertThat(given.config().baseUrl()).isEqualTo("https://given.example/");
        assertThat(given.config().language()).isEqualTo("de");
    }

    @Test
    void aSettingsFileNamedMustBeThereAndOneThatCannotBeReadSaysWhere() throws IOException {
        File missing = project.resolve("nowhere.yaml").toFile();
        assertThatThrownBy(() -> of(new GoalSettings.Parameters(null, null, null, null, null, missing)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no such settings file")
                .hasMessageContaining("nowhere.yaml");
        Path bad = Files.writeString(project.resolve("bad.yaml"), "title: Fine\nrelated: [1\n");
        assertThatThrownBy(() -> of(new GoalSettings.Parameters(null, null, null, null, null, bad.toFile())))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("bad.yaml:");
        File notATheme = project.resolve("no-theme").toFile();
        assertThatThrownBy(() -> of(new GoalSettings.Parameters(null, null, notATheme, null, null, null)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("theme is not a folder");
    }
}
