package kb.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import kb.search.schema.Fields;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocTableTest {
    private static final int ROUNDS = 40;

    @TempDir
    Path dir;

    /** What a round's update gave. */
    private record Round(List<String> ids, List<String> products, List<Integer> byDoc, Set<Integer> changed) {}

    private static Document article(String id, String products) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new StoredField(Fields.PRODUCTS, products));
        return doc;
    }

    /**
     * The same rounds of additions, edits and removals (each committed as a segment of its own, now and then merged),
     * numbered as a build that reads its state from disk does (an equal list, not the one the last update made), and
     * as kb serve does (that very list, with what was learned of the segments): both give the same numbers, products
     * and documents, and the second reads only the segments it had not seen.
     */
    @Test
    void numbersKeptFromTheLastUpdateAreTheNumbersReadAfresh() throws Exception {
        List<Round> afresh = rounds(dir.resolve("afresh"), false);
        List<Round> kept = rounds(dir.resolve("kept"), true);
        assertThat(kept).isEqualTo(afresh);
    }

    private static List<Round> rounds(Path folder, boolean keep) throws Exception {
        Random random = new Random(7);
        Map<String, String> live = new TreeMap<>();
        List<Round> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(folder);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 50; i++) {
                live.put("Q" + i, "p" + (i % 3));
                w.addDocument(article("Q" + i, "p" + (i % 3)));
            }
            w.commit();
            List<String> ids;
            List<String> products;
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                DocTable whole = DocTable.whole(reader);
                ids = whole.ids();
                products = whole.products();
            }
            int next = 50;
            Set<String> seen = Set.of();
            for (int round = 0; round < ROUNDS; round++) {
                Set<String> touched = new HashSet<>();
                Set<String> removed = new HashSet<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    List<String> present = new ArrayList<>(live.keySet());
                    String id = present.get(random.nextInt(present.size()));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            id = "Q" + next++;
                            live.put(id, "p" + random.nextInt(5));
                            w.addDocument(article(id, live.get(id)));
                            touched.add(id);
                        }
                        case 1 -> {
                            live.put(id, "p" + random.nextInt(5));
                            w.updateDocument(new Term(Fields.ID, id), article(id, live.get(id)));
                            touched.add(id);
                        }
                        default -> {
                            live.remove(id);
                            w.deleteDocuments(new Term(Fields.ID, id));
                            removed.add(id);
                            touched.remove(id);
                        }
                    }
                }
                if (round % 9 == 8) {
                    w.forceMerge(2);
                }
                w.commit();
                try (DirectoryReader reader = DirectoryReader.open(d)) {
                    int readBefore = DocTable.segmentsRead();
                    Set<Integer> changed = new HashSet<>();
                    DocTable table = DocTable.update(
                            reader, keep ? ids : new ArrayList<>(ids), products, touched, removed, changed);
                    Set<String> segments = new HashSet<>();
                    for (LeafReaderContext leaf : reader.leaves()) {
                        SegmentInfo info = ((SegmentReader) leaf.reader()).getSegmentInfo().info;
                        segments.add(info.name + StringHelper.idToString(info.getId()));
                    }
                    if (keep && round > 0) {
                        // Only the segments written (or merged) since the last update are read.
                        Set<String> before = seen;
                        long unseen = segments.stream()
                                .filter(s -> !before.contains(s))
                                .count();
                        assertThat(DocTable.segmentsRead() - readBefore).isEqualTo(unseen);
                    }
                    seen = segments;
                    for (Map.Entry<String, String> e : live.entrySet()) {
                        int n = table.ids().indexOf(e.getKey());
                        assertThat(n).as(e.getKey()).isNotNegative();
                        assertThat(table.products().get(n)).isEqualTo(e.getValue());
                    }
                    ids = table.ids();
                    products = table.products();
                    out.add(new Round(
                            List.copyOf(ids),
                            List.copyOf(products),
                            Arrays.stream(table.numbersByDoc()).boxed().toList(),
                            changed));
                }
            }
        }
        return out;
    }
}
