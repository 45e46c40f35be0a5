package kb.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related articles over the content/ articles and a few made up for the purpose. */
class RelatedArticlesTest {
    private static final ArticleParser PARSER = ArticleParser.create();

    private static List<Article> content() throws IOException {
        return new ArrayList<>(new CorpusReader(PARSER)
                .readAll(ProjectFiles.content(), CorpusReader.Progress.NONE)
                .articles());
    }

    private static Article article(int id, String title, String symptoms) {
        String md = "---\nid: Q" + id + "\ntitle: \"" + title
                + "\"\nproducts: Acme Vault\nmodified: 2026-01-01\n---\n\n" + "## Symptoms\n\n" + symptoms + "\n";
        return PARSER.parse("Q" + id + ".md", md.getBytes(StandardCharsets.UTF_8))
                .article()
                .orElseThrow();
    }

    private static ArticleId id(String s) {
        return ArticleId.of(s);
    }

    @Test
    void anArticlesRelatedOnesShareWhatItIsAboutAndExcludeItself() throws IOException {
        RelatedArticles r = RelatedArticles.of(content());

        for (Article a : content()) {
            assertThat(r.related(a.id()))
                    .doesNotContain(a.id())
                    .hasSizeLessThanOrEqualTo(RelatedArticles.COUNT)
                    .doesNotHaveDuplicates();
        }
        // The two Acme Vault articles are about the catalog: each is the other's first.
        assertThat(r.related(id("Q900106")).get(0)).isEqualTo(id("Q900107"));
        assertThat(r.related(id("Q900107")).get(0)).isEqualTo(id("Q900106"));
        assertThat(r.related(id("Q999999"))).isEmpty();
    }

    @Test
    void aChangeComputedAgainGivesTheArticlesComputingAllGives() throws IOException {
        List<Article> all = content();
        RelatedArticles kept = RelatedArticles.of(all);
        Map<ArticleId, List<ArticleId>> unchanged = new HashMap<>();
        all.forEach(a -> unchanged.put(a.id(), kept.related(a.id())));

        // A new article about the vault catalog, one edited to be about it too, one removed.
        Article added = article(
                900201,
                "Acme Vault Catalog Is Locked During Backup",
                "The Acme Vault catalog stays locked and the backup job hangs when the catalog folder is on a UNC path.");
        Article edited = article(
                900105,
                "Acme Vault: Catalog Moved to Another Folder Is Not Found",
                "After you move the Acme Vault catalog folder, the backup job reports that the catalog is not found.");
        all.removeIf(a -> a.id().equals(edited.id()) || a.id().equals(id("Q900103")));
        all.add(added);
        all.add(edited);
        RelatedArticles.Update update = kept.update(List.of(added, edited), Set.of(id("Q900103")));
        Set<ArticleId> moved = update.moved();

        // The same articles but where the unchanged profiles kept their older weights: those can reorder them, and
        // in a collection this small move one across the cut.
        RelatedArticles fresh = RelatedArticles.of(all);
        for (Article a : all) {
            List<ArticleId> now = kept.related(a.id());
            assertThat(now).as(a.id().value()).hasSameSizeAs(fresh.related(a.id()));
            assertThat(now.stream().filter(fresh.related(a.id())::contains).count())
                    .as("%s: %s against %s", a.id(), now, fresh.related(a.id()))
                    .isGreaterThanOrEqualTo(now.size() - 1L);
        }
        assertThat(kept.related(id("Q900103"))).isEmpty();
        assertThat(kept.related(id("Q900106"))).contains(added.id(), edited.id());
        // Those whose list changed: the removed one, the edited one and the one that now lists both.
        assertThat(moved).contains(id("Q900103"), edited.id(), added.id(), id("Q900106"));
        for (Article a : all) {
            if (!moved.contains(a.id())) {
                assertThat(kept.related(a.id())).as(a.id().value()).isEqualTo(unchanged.get(a.id()));
            }
        }
        // Those whose lists showed the edited or the removed one before, which show their titles.
        Set<ArticleId> touched = Set.of(added.id(), edited.id(), id("Q900103"));
        Set<ArticleId> showed = new HashSet<>();
        unchanged.forEach((id, list) -> {
            if (!touched.contains(id) && list.stream().anyMatch(touched::contains)) {
                showed.add(id);
            }
        });
        assertThat(showed).isNotEmpty();
        assertThat(update.showing().stream().filter(id -> !touched.contains(id)))
                .containsExactlyInAnyOrderElementsOf(showed);
    }

    @Test
    void editsOneAfterAnotherGiveWhatTheSameEditsGiveReadBackEachTime(@TempDir Path dir) throws IOException {
        List<Article> all = content();
        for (int i = 0; i < 30; i++) {
            all.add(article(
                    900300 + i,
                    "Acme Vault Backup " + (i % 3 == 0 ? "Hangs" : "Fails") + " With Error " + i,
                    "The backup job " + (i % 2 == 0 ? "hangs" : "stops") + " at " + i + " percent when the catalog"
                            + (i % 4 == 0 ? " is on a UNC path." : " folder was moved.")));
        }
        // One kept in memory across the edits, as kb serve keeps it: its turned-around profiles are changed in place.
        RelatedArticles kept = RelatedArticles.of(all);
        Path file = dir.resolve("related.bin");
        kept.write(file);
        java.util.Random random = new java.util.Random(5);
        for (int step = 0; step < 12; step++) {
            int n = 900300 + random.nextInt(30);
            Article edited = article(
                    n,
                    "Acme Vault " + (random.nextBoolean() ? "Catalog" : "Restore") + " Step " + step,
                    "After step " + step + " the " + (random.nextBoolean() ? "restore" : "catalog")
                            + " job reports error " + random.nextInt(5) + " and the folder is locked.");
            // The other read back from the file each time, as a new build reads it: it turns every profile around.
            RelatedArticles readBack = RelatedArticles.read(file).asOptional().orElseThrow();
            Set<ArticleId> movedKept = kept.update(List.of(edited), Set.of()).moved();
            Set<ArticleId> movedBack =
                    readBack.update(List.of(edited), Set.of()).moved();
            assertThat(movedKept).as("step %d", step).isEqualTo(movedBack);
            for (Article a : all) {
                assertThat(kept.related(a.id())).as("step %d, %s", step, a.id()).isEqualTo(readBack.related(a.id()));
            }
            readBack.write(file);
        }
    }

    @Test
    void savedAndReadBackTheyAreTheSameAndStillUpdate(@TempDir Path dir) throws IOException {
        List<Article> all = content();
        RelatedArticles r = RelatedArticles.of(all);
        r.write(dir.resolve("related.bin"));

        RelatedArticles back =
                RelatedArticles.read(dir.resolve("related.bin")).asOptional().orElseThrow();
        for (Article a : all) {
            assertThat(back.related(a.id())).isEqualTo(r.related(a.id()));
        }
        assertThat(back.update(List.of(), Set.of()).moved()).isEmpty();
        assertThat(RelatedArticles.read(dir.resolve("missing.bin")).asOptional())
                .isEmpty();
    }
}
