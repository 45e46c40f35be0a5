package kb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import kb.model.corpus.ArticleSummary;
import kb.model.corpus.CorpusReader;
import kb.model.corpus.CorpusState;
import kb.model.parse.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups of articles updated after a change are the groups made afresh from the changed corpus: after each of many
 * random edits (titles, products and their names, keywords spelt in other cases, dates, new, deleted and duplicate
 * articles), and when the groups updated are not those of the corpus the change starts from.
 */
class SiteIndexTest {
    private static final String[] WORDS = {"Backup", "error", "apple", "Zebra", "42 ways", "Ölfilter", "sync", "vault"};
    private static final String[] CODES = {"acmevault", "acmesync", "widget", "gizmo"};
    private static final String[] NAMES = {"Acme Vault", "Acme Sync", "Widget", "Widget Pro", "Gizmo"};
    private static final String[] KEYWORDS = {"kbbug", "KBBug", "kbhowto", "kbsync", "KbVault", "kbnew"};

    @TempDir
    Path content;

    private final CorpusReader reader = new CorpusReader(ArticleParser.create());
    private final Random random = new Random(20261201);
    private final SiteConfig config = SiteConfig.defaults();
    private int time;

    @Test
    void updatedGroupsAreTheGroupsMadeAfresh() throws IOException {
        CorpusReader.Result read = firstArticles(60);
        SiteIndex index = SiteIndex.of(read.corpus(), config);
        CorpusState state = read.state();
        int next = 60;
        for (int round = 0; round < 80; round++) {
            List<Path> files;
            try (var list = Files.list(content)) {
                files = list.sorted().toList();
            }
            Path some = files.get(random.nextInt(files.size()));
            switch (random.nextInt(6)) {
                case 0 -> Files.delete(some);
                case 1 -> write("a" + next++ + ".md", 900_000 + next);
                // Another file with an id already taken: a duplicate, kept or not by its path's order.
                case 2 -> write("a" + next++ + ".md", 900_000 + random.nextInt(next));
                default -> write(some.getFileName().toString(), idOf(some));
            }
            read = reader.read(content, Optional.of(state), CorpusReader.Progress.NONE);
            SiteIndex fresh = SiteIndex.of(read.corpus(), config);
            SiteIndex updated = index.updated(read.corpus(), read.change(), config);
            assertThat(groups(updated)).as("round %d: %s", round, read.change()).isEqualTo(groups(fresh));
            index = updated;
            state = read.state();
        }
    }

    @Test
    void groupsOfAnotherCorpusAreMadeAfresh() throws IOException {
        CorpusReader.Result first = firstArticles(20);
        SiteIndex stale = SiteIndex.of(first.corpus(), config);
        write("a3.md", 900_003);
        CorpusReader.Result second = reader.read(content, Optional.of(first.state()), CorpusReader.Progress.NONE);
        write("a5.md", 900_005);
        CorpusReader.Result third = reader.read(content, Optional.of(second.state()), CorpusReader.Progress.NONE);

        // The change starts from the second corpus; the groups are the first's.
        SiteIndex updated = stale.updated(third.corpus(), third.change(), config);

        assertThat(groups(updated)).isEqualTo(groups(SiteIndex.of(third.corpus(), config)));
    }

    /** Everything the groups show: names, and the ids and titles of their articles in order. */
    private static Map<String, Object> groups(SiteIndex index) {
        Map<String, Object> out = new TreeMap<>();
        index.products().forEach((k, p) -> out.put("product " + k, p.name() + " " + shown(p.articles())));
        index.keywords().forEach((k, w) -> out.put("keyword " + k, w.name() + " " + shown(w.articles())));
        index.years().forEach((y, list) -> out.put("year " + y, shown(list)));
        out.put("years", List.copyOf(index.years().keySet()));
        index.letters().forEach((l, list) -> out.put("letter " + l, shown(list)));
        out.put("recent", shown(index.recent()));
        return out;
    }

    private static List<String> shown(List<ArticleSummary> articles) {
        return articles.stream()
                .map(m -> m.id() + " " + m.title() + " " + m.modified())
                .toList();
    }

    /** Articles a0.md, a1.md, ... with ids from Q900000 up, read. */
    private CorpusReader.Result firstArticles(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            write("a" + i + ".md", 900_000 + i);
        }
        return reader.read(content, Optional.empty(), CorpusReader.Progress.NONE);
    }

    private int idOf(Path file) throws IOException {
        String id = Files.readAllLines(file).get(1).substring("id: Q".length());
        return Integer.parseInt(id);
    }

    private void write(String name, int id) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("---");
        lines.add("id: Q" + id);
        lines.add("title: " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
        if (random.nextInt(5) > 0) {
            lines.add("product: " + CODES[random.nextInt(CODES.length)]);
            lines.add("products: " + NAMES[random.nextInt(NAMES.length)]);
        }
        if (random.nextBoolean()) {
            lines.add("keywords: " + KEYWORDS[random.nextInt(KEYWORDS.length)] + " "
                    + KEYWORDS[random.nextInt(KEYWORDS.length)]);
        }
        if (random.nextInt(4) > 0) {
            lines.add("modified: " + (2000 + random.nextInt(4)) + "-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10));
        }
        lines.add("---");
        lines.add("");
        lines.add("## Symptoms");
        lines.add("");
        lines.add("Text " + random.nextInt());
        Path file = content.resolve(name);
        Files.write(file, lines);
        // Each write later than the last, so that a read never takes a rewritten file for the same.
        Files.setLastModifiedTime(
                file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++time)));
    }
}
