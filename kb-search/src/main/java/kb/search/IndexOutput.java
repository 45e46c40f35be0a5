package kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.build.BuildContext;
import kb.model.build.SiteLayout;
import kb.model.build.SiteOutput;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import kb.search.schema.IndexedText;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index beside the site, kept in line with the corpus: made whole on a full build, or when the index there
 * is missing, damaged or of another version (which is said); otherwise the articles added or changed are put in and
 * those removed taken out. A whole index holds the articles in id order, however it was made.
 *
 * <p>Every build checks the index's files against their checksums, but for those it checked or wrote before whose size
 * and time are unchanged (their stamps are kept beside the index).
 */
public final class IndexOutput implements SiteOutput {
    /** The stage's name. */
    public static final String NAME = "index";

    private static final String STAMPS = "index-checked.bin";
    private static final int MAGIC = 0x4b424958; // "KBIX"
    private static final int VERSION = 1;

    private final Function<ArticleId, String> url;
    private final Map<String, String> productNames;
    private KbIndex.Status status;
    private Optional<Update> update = Optional.empty();
    /** The syncs of this build's commit, made with the states: a reload need not wait for the disk. */
    private Optional<DeferredSync> unsynced = Optional.empty();

    /**
     * How the index was updated in place: the generation of its commit before, and what the articles changed or
     * removed held before (as the index had them).
     */
    public record Update(long generationBefore, Map<ArticleId, IndexedText> replaced) {}

    /**
     * @param url where an article's page is, relative to the site's root
     * @param productNames names to show for product codes instead of the articles' own (a knowledge base's settings)
     */
    public IndexOutput(Function<ArticleId, String> url, Map<String, String> productNames) {
        this.url = url;
        this.productNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(productNames));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(SiteLayout layout) {
        Map<String, KbIndex.Stamp> trusted =
                readStamps(layout.stateFile(STAMPS)).asOptional().orElse(Map.of());
        status = KbIndex.verify(layout.index(), trusted);
    }

    @Override
    public void update(BuildContext build) throws IOException {
        Path dir = build.layout().index();
        boolean whole = build.change().full() || !(status instanceof KbIndex.Status.Current);
        update = Optional.empty();
        unsynced = Optional.empty();
        if (status instanceof KbIndex.Status.Unusable u && !build.change().full()) {
            build.listener().notice("the search index could not be used (" + u.reason() + "); it is made again");
        }
        if (whole) {
            write(build, dir);
        } else {
            long generation;
            try (Directory d = FSDirectory.open(dir)) {
                generation = SegmentInfos.readLatestCommit(d).getGeneration();
            }
            Map<ArticleId, IndexedText> replaced = Map.of();
            boolean renamed = !KbIndex.shownProductNames(dir).equals(productNames);
            if (!build.change().isEmpty() || renamed) {
                DeferredSync directory = new DeferredSync(dir);
                unsynced = Optional.of(directory);
                try (directory;
                        KbIndex index = KbIndex.open(directory, false)) {
                    index.showProductNames(productNames);
                    Set<ArticleId> before = new HashSet<>(build.change().changed());
                    before.addAll(build.change().removed());
                    replaced = Map.copyOf(index.texts(before));
                    for (ArticleId id : build.change().removed()) {
                        index.delete(id);
                    }
                    for (Article a : build.corpus().articles(build.change().touched())) {
                        index.put(a, url.apply(a.id()));
                    }
                }
            }
            update = Optional.of(new Update(generation, replaced));
        }
        // What this build checked or wrote is trusted by the next, as long as it is not touched.
        writeStamps(build.layout().stateFile(STAMPS), KbIndex.stamps(dir));
    }

    @Override
    public Optional<Saving> saving() {
        return unsynced.map(d -> d::syncNow);
    }

    /** How the last build updated the index in place; empty when it made the index whole or did not run. */
    public Optional<Update> lastUpdate() {
        return update;
    }

    /** Makes the whole index of a corpus, in id order, in place of whatever the folder held (it is kb's). */
    private void write(BuildContext build, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (KbIndex index = KbIndex.open(dir, true)) {
            index.showProductNames(productNames);
            int done = 0;
            int total = build.corpus().size();
            for (Article a : build.corpus().articles()) {
                index.add(a, url.apply(a.id()));
                build.listener().progress(NAME, ++done, total);
            }
        }
    }

    private static BinaryReader.Result<Map<String, KbIndex.Stamp>> readStamps(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, in -> {
            int n = in.count(in.getInt(), 20);
            Map<String, KbIndex.Stamp> out = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                out.put(in.getString(), new KbIndex.Stamp(in.getLong(), in.getLong()));
            }
            return out;
        });
    }

    private static void writeStamps(Path file, Map<String, KbIndex.Stamp> stamps) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            out.putInt(stamps.size());
            for (Map.Entry<String, KbIndex.Stamp> e : stamps.entrySet()) {
                out.putString(e.getKey())
                        .putLong(e.getValue().size())
                        .putLong(e.getValue().modifiedMillis());
            }
            out.commit();
        }
    }
}
