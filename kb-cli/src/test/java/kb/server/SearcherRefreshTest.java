package kb.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.build.SiteBuild;
import kb.model.build.SiteLayout;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running server searches what a build in another terminal adds to the index, without a restart. */
class SearcherRefreshTest {
    @TempDir
    Path tmp;

    private static JsonNode search(KbServer server, String q) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=" + q))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void aRebuildsIndexIsSearchedWithinSeconds() throws Exception {
        Path content = ProjectFiles.copyContent(tmp.resolve("content"));
        Path site = tmp.resolve("site");
        SiteBuild.builder(content, site).build().run();
        try (KbServer server = KbServer.start(site, SiteLayout.of(site).index(), 0)) {
            assertThat(search(server, "zeppelin").get("total").asInt()).isZero();
            assertThat(server.articles()).isEqualTo(ProjectFiles.ARTICLES);

            Files.writeString(content.resolve("zeppelin.md"), """
                    ---
                    id: Q900777
                    title: "Acme Sync: Zeppelin Mode Stops the Agent"
                    products: Acme Sync Server
                    modified: 2026-06-01
                    ---

                    ## Symptoms

                    With zeppelin mode on, the agent stops after a minute.
                    """);
            SiteBuild.builder(content, site).build().run();

            JsonNode found = search(server, "zeppelin");
            for (long end = System.nanoTime() + 10_000_000_000L;
                    found.get("total").asInt() == 0 && System.nanoTime() < end;
                    found = search(server, "zeppelin")) {
                Thread.sleep(100);
            }
            assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo("Q900777");
            assertThat(server.articles()).isEqualTo(ProjectFiles.ARTICLES + 1);

            // An edited article is shown as it is now; the others, kept from the commit before, as they were.
            Path moved = content.resolve("acme-vault-move-catalog.md");
            Files.writeString(
                    moved,
                    Files.readString(moved)
                            .replace(
                                    "title: How to Move the Acme Vault Catalog to Another Folder",
                                    "title: Moving the Acme Vault Catalog Elsewhere"));
            SiteBuild.builder(content, site).build().run();
            JsonNode edited = search(server, "catalog+elsewhere");
            for (long end = System.nanoTime() + 10_000_000_000L;
                    !edited.get("hits").get(0).get("title").asText().contains("Elsewhere") && System.nanoTime() < end;
                    edited = search(server, "catalog+elsewhere")) {
                Thread.sleep(100);
            }
            assertThat(edited.get("hits").get(0).get("id").asText()).isEqualTo("Q900107");
            assertThat(edited.get("hits").get(0).get("title").asText())
                    .isEqualTo("Moving the Acme Vault Catalog Elsewhere");
            assertThat(search(server, "zeppelin")
                            .get("hits")
                            .get(0)
                            .get("title")
                            .asText())
                    .isEqualTo("Acme Sync: Zeppelin Mode Stops the Agent");
        }
    }
}
