package kb.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.model.Article;
import kb.search.KbIndex;
import kb.search.SmallIndex;
import kb.search.schema.Fields;
import kb.search.schema.IndexedText;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.WordPairs;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

/**
 * The keys an edit can change are found from the article's texts alone: every entry of the browser's index that
 * differs after the edit has its key among them, so that the ranges made again hold every change.
 */
class ArticleKeysTest {
    private static final String SYMPTOMS = "The backup agent stops when the catalog is moved to another disk. The"
            + " console shows error 0x80070005 and the agent service must be restarted by hand.";

    private static List<Article> articles(String title, String symptoms) {
        List<Article> out = new ArrayList<>();
        out.add(SmallIndex.article(900001, title, symptoms, "The catalog path is read once at start."));
        out.add(SmallIndex.article(
                900002, "The backup console hangs", "The console hangs while the agent copies.", "A lock."));
        out.add(SmallIndex.article(
                900003, "Agent service fails to start", "The service stops with error 1053.", "A missing file."));
        return out;
    }

    /** Every entry of the index, made with the given collection statistics; articles numbered by id. */
    private static Map<String, byte[]> entries(IndexReader reader, Map<String, CollectionStatistics> stats)
            throws IOException {
        int[] numbers = new int[reader.maxDoc()];
        Arrays.fill(numbers, -1);
        Bits live = MultiBits.getLiveDocs(reader);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                numbers[doc] =
                        Integer.parseInt(stored.document(doc).get(Fields.ID).substring(1));
            }
        }
        Map<String, byte[]> out = new HashMap<>();
        new TermEntries(reader, numbers, stats).forEach(e -> out.put(e.key(), e.value()));
        return out;
    }

    private static Map<String, CollectionStatistics> stats(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, CollectionStatistics> out = new HashMap<>();
        for (String field : TermEntries.SCORED) {
            out.put(field, searcher.collectionStatistics(field));
        }
        return out;
    }

    /** The keys whose entries differ once the first article is edited, and the keys its texts say can differ. */
    private record Keys(Set<String> differ, Set<String> changed) {}

    private static Keys edit(String title, String symptoms, String newTitle, String newSymptoms) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Article> before = articles(title, symptoms);
        Article after = articles(newTitle, newSymptoms).getFirst();
        try (KbIndex index = KbIndex.open(directory, true)) {
            for (Article a : before) {
                index.put(a, "kb/" + a.id() + "/");
            }
        }
        Map<String, CollectionStatistics> stats;
        Map<String, byte[]> old;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            stats = stats(reader);
            old = entries(reader, stats);
        }
        try (KbIndex index = KbIndex.open(directory, false)) {
            index.put(after, "kb/" + after.id() + "/");
        }
        Set<String> differ = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, byte[]> now = entries(reader, stats);
            Set<String> keys = new HashSet<>(old.keySet());
            keys.addAll(now.keySet());
            for (String k : keys) {
                if (!Arrays.equals(old.get(k), now.get(k))) {
                    differ.add(k);
                }
            }
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Set<String> changed = ArticleKeys.changed(
                KbAnalyzers.perField(), IndexedText.of(before.getFirst()), IndexedText.of(after), counts);
        // The pairs of a title word or message word that more or fewer articles have now weigh differently wherever
        // they are: the build finds those through the index, not through the article.
        Set<String> counted = new HashSet<>();
        counts.values().forEach(byWord -> counted.addAll(byWord.keySet()));
        differ.removeIf(k -> (k.charAt(0) == WordPairs.TITLE || k.charAt(0) == WordPairs.MESSAGE)
                && Arrays.stream(k.substring(1).split(" ")).anyMatch(counted::contains));
        return new Keys(differ, changed);
    }

    @Test
    void aWordReplacedInTheSymptomsChangesTheEntriesOfItsTwoWordsOnly() throws IOException {
        Keys keys = edit(
                "Backup agent stops when the catalog moves",
                SYMPTOMS,
                "Backup agent stops when the catalog moves",
                SYMPTOMS.replace("another disk", "another volume"));
        assertThat(keys.differ()).isNotEmpty();
        assertThat(keys.changed()).containsAll(keys.differ());
        // The article's length is the same: the other words' scores are as they were.
        assertThat(keys.changed().stream().filter(k -> k.endsWith(String.valueOf(TermEntries.TERM_END))))
                .containsExactlyInAnyOrder(TermEntries.termKey("disk"), TermEntries.termKey("volum"));
    }

    @Test
    void aTitleMadeLongerChangesTheEntriesOfEveryWordOfTheArticle() throws IOException {
        Keys keys = edit(
                "Backup agent stops when the catalog moves",
                SYMPTOMS,
                "Backup agent stops and never starts again when the catalog moves to a new disk after setup",
                SYMPTOMS);
        assertThat(keys.differ()).contains(TermEntries.termKey("show"), TermEntries.termKey("servic"));
        assertThat(keys.changed()).containsAll(keys.differ());
    }

    @Test
    void aWordWrittenForTheFirstTimeAsItsOwnTermChangesThatTermsEntry() throws IOException {
        // "hangs" and "hang" are the same term, counted the same: only whether some article writes "hang" changes.
        String title = "Backup agent stops when the catalog moves";
        Keys keys = edit(
                title,
                SYMPTOMS.replace("must be restarted", "hangs and must be restarted"),
                title,
                SYMPTOMS.replace("must be restarted", "hang and must be restarted"));
        assertThat(keys.differ()).contains(TermEntries.termKey("hang"));
        assertThat(keys.changed()).containsAll(keys.differ());
    }

    @Test
    void aQuotedMessageEditedChangesTheEntriesOfItsWholeMessages() throws IOException {
        String title = "Backup agent stops when the catalog moves";
        String quoted = SYMPTOMS + " The log says \"The catalog was not found.\"";
        Keys keys = edit(title, quoted, title, quoted.replace("was not found", "could not be read"));
        assertThat(keys.differ()).anyMatch(k -> k.charAt(0) == TermEntries.WHOLE);
        assertThat(keys.changed()).containsAll(keys.differ());
    }
}
