package kb.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import kb.render.site.SiteIndex;

/**
 * What the last complete build made of the pages: the fingerprint of every page by path (a page whose fingerprint is
 * the same is as it was), whether every page that build planned has one (none failed to be made), a fingerprint of
 * what every page shows of the settings and templates, and what the articles' pages showed of each product and
 * keyword. A process that builds again keeps the groups of articles the pages were made from beside it (not in the
 * file), for the next build to update.
 */
record PageState(
        Map<String, Long> pages,
        boolean complete,
        long context,
        Map<String, String> indexLinks,
        Optional<SiteIndex> index) {
    private static final int MAGIC = 0x4b425047; // "KBPG"
    private static final int VERSION = 3;

    static BinaryReader.Result<PageState> read(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, in -> {
            boolean complete = in.getByte() != 0;
            long context = in.getLong();
            int n = in.count(in.getInt(), 12);
            Map<String, Long> pages = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                pages.put(in.getString(), in.getLong());
            }
            int k = in.count(in.getInt(), 8);
            Map<String, String> links = new HashMap<>(k * 2);
            for (int i = 0; i < k; i++) {
                links.put(in.getString(), in.getString());
            }
            return new PageState(pages, complete, context, links, Optional.empty());
        });
    }

    void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            out.putByte(complete ? 1 : 0).putLong(context);
            out.putInt(pages.size());
            for (Map.Entry<String, Long> e : pages.entrySet()) {
                out.putString(e.getKey()).putLong(e.getValue());
            }
            out.putInt(indexLinks.size());
            for (Map.Entry<String, String> e : indexLinks.entrySet()) {
                out.putString(e.getKey()).putString(e.getValue());
            }
            out.commit(this);
        }
    }
}
