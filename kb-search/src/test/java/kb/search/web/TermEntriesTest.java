package kb.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import kb.model.Article;
import kb.search.KbIndex;
import kb.search.SmallIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The entries of any range of keys, made on their own, are those of a whole build that fall in the range. */
class TermEntriesTest {
    private static final String[] WORDS = {
        "backup",
        "agent",
        "catalog",
        "console",
        "service",
        "error",
        "setup",
        "printer",
        "driver",
        "mailbox",
        "café",
        "naïve",
        "über",
        "größe",
        "Smsapm32.exe",
        "0x80070005",
        "restarts",
        "disappears",
        "slows",
        "hangs",
        "x",
        "déjà",
        "vu",
        "ab",
        "abc",
        "abcdefghijklmnopqrstuvwxyz",
        "zebra",
        "queue",
        "yield"
    };

    @Test
    void theEntriesOfARangeAreThoseOfAWholeBuildInIt() throws IOException {
        Random random = new Random(11);
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            articles.add(SmallIndex.article(
                    900_000 + i, text(random, 6), text(random, 30) + ".", "\"" + text(random, 5) + "\" appears."));
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (KbIndex index = KbIndex.open(directory, true)) {
            for (Article a : articles) {
                index.put(a, "kb/" + a.id() + "/");
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            int[] numbers = new int[reader.maxDoc()];
            Arrays.setAll(numbers, d -> d);
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, CollectionStatistics> stats = new HashMap<>();
            for (String field : TermEntries.SCORED) {
                stats.put(field, searcher.collectionStatistics(field));
            }
            TermEntries entries = new TermEntries(reader, numbers, stats);
            List<TermEntries.Entry> all = new ArrayList<>();
            entries.forEach(all::add);
            // Boundaries where ranges are cut: each key's shortest starts, and a few that fall between kinds of keys.
            TreeSet<String> cuts = new TreeSet<>(List.of("", "m", "t", "w", "x", "y", "y`", "ya", "yb", "ycF"));
            for (TermEntries.Entry e : all) {
                for (int n = 1; n <= Math.min(4, e.key().length()); n++) {
                    cuts.add(e.key().substring(0, n));
                }
            }
            assertThat(all.stream().filter(e -> e.key().startsWith("y"))).hasSizeGreaterThan(20);
            List<String> bounds = new ArrayList<>(cuts);
            int compared = 0;
            for (int i = 0; i < bounds.size(); i += 1 + random.nextInt(3)) {
                String from = bounds.get(i);
                String to = i + 1 + random.nextInt(4) < bounds.size()
                        ? bounds.get(Math.min(bounds.size() - 1, i + 1 + random.nextInt(4)))
                        : null;
                if (to != null && to.compareTo(from) <= 0) {
                    continue;
                }
                List<String> expected = all.stream()
                        .filter(e -> e.key().compareTo(from) >= 0
                                && (to == null || e.key().compareTo(to) < 0))
                        .map(e -> e.key() + "=" + Arrays.toString(e.value()))
                        .toList();
                List<String> actual = new ArrayList<>();
                entries.forEach(from, to, e -> actual.add(e.key() + "=" + Arrays.toString(e.value())));
                assertThat(actual).as("from %s to %s", from, to).isEqualTo(expected);
                compared += expected.size();
            }
            assertThat(compared).isGreaterThan(all.size());
        }
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }
}
