package kb.cli.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.ArticleId;
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
        try {
            Reader in = new Reader(ByteBuffer.wrap(Files.readAllBytes(file)));
            if (in.buffer.getInt() != MAGIC || in.buffer.getInt() != VERSION) {
                return Optional.empty();
            }
            int n = in.buffer.getInt();
            Map<String, Source> sources = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.string();
                long size = in.buffer.getLong();
                long modified = in.buffer.getLong();
                Optional<ArticleMeta> meta = in.buffer.get() != 0 ? Optional.of(readMeta(in, path)) : Optional.empty();
                sources.put(path, new Source(size, modified, meta));
            }
            int p = in.buffer.getInt();
            Map<String, Long> pages = new HashMap<>(p * 2);
            for (int i = 0; i < p; i++) {
                pages.put(in.string(), in.buffer.getLong());
            }
            return Optional.of(new BuildState(sources, pages));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged state only costs a full build.
            return Optional.empty();
        }
    }

    /** Reads the state's strings: a length, then UTF-8 bytes. */
    private static final class Reader {
        final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        String string() {
            int length = buffer.getInt();
            String s = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return s;
        }

        List<String> strings() {
            int n = buffer.getInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }
    }

    /** Writes the state to a temporary file and moves it into place, so a crash leaves the old one whole. */
    void write(Path file) throws IOException {
        BinaryWriter out = new BinaryWriter(sources.size() * 240 + pages.size() * 48);
        out.putInt(MAGIC).putInt(VERSION).putInt(sources.size());
        for (Map.Entry<String, Source> e : sources.entrySet()) {
            writeString(out, e.getKey());
            out.putLong(e.getValue().size()).putLong(e.getValue().modified());
            out.putByte(e.getValue().meta().isPresent() ? 1 : 0);
            if (e.getValue().meta().isPresent()) {
                writeMeta(out, e.getValue().meta().get());
            }
        }
        out.putInt(pages.size());
        for (Map.Entry<String, Long> e : pages.entrySet()) {
            writeString(out, e.getKey());
            out.putLong(e.getValue());
        }
        out.replace(file);
    }

    private static void writeMeta(BinaryWriter out, ArticleMeta m) {
        out.putInt(m.id().number());
        writeString(out, m.title());
        out.putLong(m.contentHash());
        writeList(out, m.productCodes());
        writeList(out, m.productNames());
        writeList(out, m.keywords());
        out.putLong(m.modified() == null ? NO_DATE : m.modified().toEpochDay());
        writeString(out, m.modifiedWritten());
        out.putInt(m.cites().size());
        for (ArticleId id : m.cites()) {
            out.putInt(id.number());
        }
    }

    private static ArticleMeta readMeta(Reader in, String source) {
        ArticleId id = new ArticleId(in.buffer.getInt());
        String title = in.string();
        long hash = in.buffer.getLong();
        List<String> codes = in.strings();
        List<String> names = in.strings();
        List<String> keywords = in.strings();
        long day = in.buffer.getLong();
        String written = in.string();
        int n = in.buffer.getInt();
        List<ArticleId> cites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cites.add(new ArticleId(in.buffer.getInt()));
        }
        return new ArticleMeta(id, title, source, hash, codes, names, keywords,
                day == NO_DATE ? null : LocalDate.ofEpochDay(day), written, cites);
    }

    private static void writeString(BinaryWriter out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length).putBytes(bytes);
    }

    private static void writeList(BinaryWriter out, List<String> list) {
        out.putInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

}
