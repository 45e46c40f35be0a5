package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.render.SiteWriter;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kb serve} stopped (Ctrl-C, SIGTERM) while it builds after a save finishes that build first: the site shows the
 * save, and the next kb serve or kb build starts from it instead of building everything again.
 */
class ServeStopIT {
    private ServeProcess serve;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.stop();
        }
    }

    @Test
    void stoppedDuringABuildItFinishesTheBuildFirst() throws Exception {
        Path work = ProjectFiles.target("serve-stop-it");
        SiteWriter.deleteTree(work);
        Path content = ProjectFiles.copyContent(work.resolve("content"));
        Path article = content.resolve("acme-sync-access-denied.md");
        Path underWay = work.resolve(".site.kb/building");
        serve = ServeProcess.start(work, "content", "site");

        Files.writeString(
                article, Files.readString(article).replace("Agent Stops With Error", "Agent Halts With Error"));
        // The build marks its state folder from when it starts changing the site until everything is in line.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Files.exists(underWay) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(underWay).as("the build after the save started").exists();
        serve.stop();

        assertThat(underWay).as("the build finished").doesNotExist();
        assertThat(work.resolve("site/kb/900/Q900101/index.html")).content().contains("Agent Halts With Error");
        assertThat(serve.lines()).contains("kb serve: finishing the build under way before stopping");
    }
}
