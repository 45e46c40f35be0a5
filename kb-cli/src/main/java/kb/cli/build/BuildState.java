package kb.cli.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.ArticleId;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import kb.render.site.ArticleMeta;

/**
 * What the last complete build saw, kept beside the site so that the next build reads only changed files and
 * renders only pages whose inputs changed: each source file's size, modification time and metadata, and each
 * page's fingerprint.
 */
record BuildState(Map<String, Source> sources, Map<String, Long> pages) {
    private static final int MAGIC = 0x4b425331; // "KBS1"
    private static final int VERSION = 4;
    private static final long NO_DATE = Long.MIN_VALUE;

    /** A source file as last read: size and time to notice a change, the metadata it gave (none when no article). */
    record Source(long size, long modified, Optional<ArticleMeta> meta) {}

    static Optional<BuildState> read(Path file) {
        // A damaged state only costs a full build.
        return BinaryReader.read(file, MAGIC, VERSION, BuildState::read);
    }

    private static BuildState read(BinaryReader in) {
        int n = in.getInt();
        Map<String, Source> sources = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String path = in.getString();
            long size = in.getLong();
            long modified = in.getLong();
            Optional<ArticleMeta> meta = in.getByte() != 0 ? Optional.of(readMeta(in, path)) : Optional.empty();
            sources.put(path, new Source(size, modified, meta));
        }
        int p = in.getInt();
        Map<String, Long> pages = new HashMap<>(p * 2);
        for (int i = 0; i < p; i++) {
            pages.put(in.getString(), in.getLong());
        }
        return new BuildState(sources, pages);
    }

    /** Writes the state to a temporary file and moves it into place, so a crash leaves the old one whole. */
    void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            write(out);
            out.commit();
        }
    }

    private void write(BinaryWriter out) throws IOException {
        out.putInt(sources.size());
        for (Map.Entry<String, Source> e : sources.entrySet()) {
            out.putString(e.getKey());
            out.putLong(e.getValue().size()).putLong(e.getValue().modified());
            out.putByte(e.getValue().meta().isPresent() ? 1 : 0);
            if (e.getValue().meta().isPresent()) {
                writeMeta(out, e.getValue().meta().get());
            }
        }
        out.putInt(pages.size());
        for (Map.Entry<String, Long> e : pages.entrySet()) {
            out.putString(e.getKey()).putLong(e.getValue());
        }
    }

    private static void writeMeta(BinaryWriter out, ArticleMeta m) throws IOException {
        out.putInt(m.id().number());
        out.putString(m.title()).putLong(m.contentHash());
        out.putStrings(m.productCodes()).putStrings(m.productNames()).putStrings(m.keywords());
        out.putLong(m.modified() == null ? NO_DATE : m.modified().toEpochDay());
        out.putString(m.modifiedWritten());
        out.putInt(m.cites().size());
        for (ArticleId id : m.cites()) {
            out.putInt(id.number());
        }
    }

    private static ArticleMeta readMeta(BinaryReader in, String source) {
        ArticleId id = new ArticleId(in.getInt());
        String title = in.getString();
        long hash = in.getLong();
        List<String> codes = in.getStrings();
        List<String> names = in.getStrings();
        List<String> keywords = in.getStrings();
        long day = in.getLong();
        String written = in.getString();
        int n = in.getInt();
        List<ArticleId> cites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cites.add(new ArticleId(in.getInt()));
        }
        return new ArticleMeta(id, title, source, hash, codes, names, keywords,
                day == NO_DATE ? null : LocalDate.ofEpochDay(day), written, cites);
    }

}
