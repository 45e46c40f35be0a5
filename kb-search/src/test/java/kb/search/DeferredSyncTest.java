package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredSyncTest {
    @TempDir
    Path dir;

    private static void commit(DeferredSync d, String id) throws Exception {
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", id, Field.Store.YES));
            w.addDocument(doc);
        }
    }

    @Test
    void aCommitIsThereForReadersAtOnceAndEveryFileItNamesIsSyncedLater() throws Exception {
        DeferredSync d = new DeferredSync(dir);
        try (d) {
            commit(d, "Q1");
            commit(d, "Q2");
        }
        try (FSDirectory plain = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(plain)) {
            assertThat(reader.numDocs()).isEqualTo(2);
            // The segments file, synced under its pending name and renamed, is among them.
            assertThat(d.pending())
                    .containsAll(SegmentInfos.readLatestCommit(plain).files(true));
        }
        assertThat(d.pending()).noneMatch(n -> n.startsWith("pending_"));
        d.syncNow();
    }

    @Test
    void aFileGoneBeforeTheSyncIsLeftOut() throws Exception {
        DeferredSync d = new DeferredSync(dir);
        try (d) {
            commit(d, "Q1");
        }
        String first = d.pending().stream()
                .filter(n -> !n.startsWith("segments"))
                .findFirst()
                .orElseThrow();
        Files.delete(dir.resolve(first));
        d.syncNow();
    }
}
