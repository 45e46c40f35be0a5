package kb.cli.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.ArticleId;
import kb.render.site.ArticleMeta;

/**
 * What the last complete build saw, kept beside the site so that the next build reads only changed files and
 * renders only pages whose inputs changed: each source file's size, modification time and metadata, and each
 * page's fingerprint.
 */
record BuildState(Map<String, Source> sources, Map<String, Long> pages) {
    private static final int MAGIC = 0x4b425331; // "KBS1"
    private static final int VERSION = 3;

    /** A source file as last read: size and time to notice a change, the metadata it gave (none when no article). */
    record Source(long size, long modified, Optional<ArticleMeta> meta) {}

    static Optional<BuildState> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            int n = in.readInt();
            Map<String, Source> sources = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                Optional<ArticleMeta> meta = in.readBoolean() ? Optional.of(readMeta(in, path)) : Optional.empty();
                sources.put(path, new Source(size, modified, meta));
            }
            int p = in.readInt();
            Map<String, Long> pages = new HashMap<>(p * 2);
            for (int i = 0; i < p; i++) {
                pages.put(in.readUTF(), in.readLong());
            }
            return Optional.of(new BuildState(sources, pages));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged state only costs a full build.
            return Optional.empty();
        }
    }

    /** Writes the state to a temporary file and moves it into place, so a crash leaves the old one whole. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(sources.size());
            for (Map.Entry<String, Source> e : sources.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                out.writeBoolean(e.getValue().meta().isPresent());
                if (e.getValue().meta().isPresent()) {
                    writeMeta(out, e.getValue().meta().get());
                }
            }
            out.writeInt(pages.size());
            for (Map.Entry<String, Long> e : pages.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeMeta(DataOutputStream out, ArticleMeta m) throws IOException {
        out.writeInt(m.id().number());
        out.writeUTF(m.title());
        out.writeLong(m.contentHash());
        writeList(out, m.productCodes());
        writeList(out, m.productNames());
        writeList(out, m.keywords());
        out.writeUTF(m.modified() == null ? "" : m.modified().toString());
        out.writeUTF(m.modifiedWritten());
        out.writeInt(m.cites().size());
        for (ArticleId id : m.cites()) {
            out.writeInt(id.number());
        }
    }

    private static ArticleMeta readMeta(DataInputStream in, String source) throws IOException {
        ArticleId id = new ArticleId(in.readInt());
        String title = in.readUTF();
        long hash = in.readLong();
        List<String> codes = readList(in);
        List<String> names = readList(in);
        List<String> keywords = readList(in);
        String date = in.readUTF();
        String written = in.readUTF();
        int n = in.readInt();
        List<ArticleId> cites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cites.add(new ArticleId(in.readInt()));
        }
        return new ArticleMeta(id, title, source, hash, codes, names, keywords,
                date.isEmpty() ? null : LocalDate.parse(date), written, cites);
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }
}
