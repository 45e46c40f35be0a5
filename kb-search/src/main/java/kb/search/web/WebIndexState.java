package kb.search.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import org.apache.lucene.search.CollectionStatistics;

/**
 * What the browser's index of the last build was made of, kept in the site's state folder for the next build: the
 * collection statistics its scores used, each article's number and products, and each file's range, name and
 * checksum.
 *
 * @param generation the last build's mark, which the names of the files it wrote begin with
 * @param indexGeneration the generation of the search index's commit the files were made from
 * @param stats the collection statistics of the last whole build, by field
 * @param joined the pairs of common words that make a common word at the last whole build ({@code JoinedWords#common})
 * @param ids each number's article id, empty where an article was removed
 * @param products each number's product codes, joined by spaces
 * @param terms the files of entries, in key order
 * @param docs the files of articles, in number order
 * @param pages the pages of the manifest, each starting where its first range of entries starts
 */
record WebIndexState(
        String generation,
        long indexGeneration,
        Map<String, CollectionStatistics> stats,
        List<String> joined,
        List<String> ids,
        List<String> products,
        List<ShardFile> terms,
        List<ShardFile> docs,
        List<ShardFile> pages) {

    /**
     * A file of the index: where its range of keys starts, as the manifest says (empty for the first and for a file of
     * articles), its name, its payload's checksum, its size in bytes.
     */
    record ShardFile(String start, String name, int crc, long size) {}

    private static final int MAGIC = 0x4b425749; // "KBWI"
    private static final int VERSION = 18;

    static BinaryReader.Result<WebIndexState> read(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, in -> {
            String generation = in.getString();
            long indexGeneration = in.getLong();
            int fields = in.count(in.getInt(), 20);
            Map<String, CollectionStatistics> stats = new LinkedHashMap<>();
            for (int i = 0; i < fields; i++) {
                String field = in.getString();
                stats.put(
                        field, new CollectionStatistics(field, in.getLong(), in.getLong(), in.getLong(), in.getLong()));
            }
            List<String> joined = in.getStrings();
            List<String> ids = in.getStrings();
            List<String> products = in.getStrings();
            if (products.size() != ids.size()) {
                throw new IllegalStateException("products for " + products.size() + " of " + ids.size() + " articles");
            }
            return new WebIndexState(
                    generation, indexGeneration, stats, joined, ids, products, shards(in), shards(in), shards(in));
        });
    }

    private static List<ShardFile> shards(BinaryReader in) {
        int n = in.count(in.getInt(), 6);
        List<ShardFile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ShardFile(in.getString(), in.getString(), in.getInt(), in.getLong()));
        }
        return out;
    }

    void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            out.putString(generation).putLong(indexGeneration).putInt(stats.size());
            for (CollectionStatistics s : stats.values()) {
                out.putString(s.field())
                        .putLong(s.maxDoc())
                        .putLong(s.docCount())
                        .putLong(s.sumTotalTermFreq())
                        .putLong(s.sumDocFreq());
            }
            out.putStrings(joined).putStrings(ids).putStrings(products);
            for (List<ShardFile> list : List.of(terms, docs, pages)) {
                out.putInt(list.size());
                for (ShardFile f : list) {
                    out.putString(f.start()).putString(f.name()).putInt(f.crc()).putLong(f.size());
                }
            }
            out.commit(this);
        }
    }
}
