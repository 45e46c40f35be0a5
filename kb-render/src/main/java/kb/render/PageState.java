package kb.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;

/** The fingerprint of every page of the last complete build, by path: a page whose fingerprint is the same is as it was. */
record PageState(Map<String, Long> pages) {
    private static final int MAGIC = 0x4b425047; // "KBPG"
    private static final int VERSION = 1;

    static BinaryReader.Result<PageState> read(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, in -> {
            int n = in.count(in.getInt(), 12);
            Map<String, Long> pages = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                pages.put(in.getString(), in.getLong());
            }
            return new PageState(pages);
        });
    }

    void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            out.putInt(pages.size());
            for (Map.Entry<String, Long> e : pages.entrySet()) {
                out.putString(e.getKey()).putLong(e.getValue());
            }
            out.commit(this);
        }
    }
}
