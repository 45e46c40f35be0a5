package kb.search.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kb.model.ArticleId;
import kb.model.build.BuildContext;
import kb.model.build.SiteLayout;
import kb.model.build.SiteOutput;
import kb.model.io.BinaryReader;
import kb.search.web.WebIndexState.ShardFile;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The search of the published site: an index the browser reads, written by the build into the site's {@code search/}
 * folder beside the page that searches it, from the search index the build has just brought in line. No server is
 * needed, and it works from {@code file://}.
 *
 * <p>A query's words are looked up in the files of entries ({@link TermEntries}) that hold them, the ranges of keys
 * being cut so that each file is a few kilobytes; results are shown from the files of articles ({@link DocTable}); a
 * small manifest says which file holds what. A whole build writes them all. Later builds keep the scores' collection
 * statistics, the ranges and the articles' numbers, and write only the files whose content changed, under new names,
 * so that a browser never mixes files of two builds; the manifest is written last, then the files it no longer names
 * are removed.
 */
public final class WebIndexOutput implements SiteOutput {
    /** The stage's name. */
    public static final String NAME = "web search";
    /** The folder of the site it writes in. */
    public static final String FOLDER = "search";
    /** The manifest, which a page loads first. */
    public static final String MANIFEST = "kb-index";
    /** The search code of the page. */
    public static final String CLIENT = "kb-search.js";

    /** A file of entries is cut once its payload passes this many bytes. */
    static final int TARGET_BYTES = 6_000;
    /** Kept ranges are cut again when an update makes them this much larger. */
    static final int SPLIT_FACTOR = 2;

    static final int FORMAT = 5;
    private static final String STATE = "web-index.bin";

    private final SiteOutput index;
    private final SiteOutput pages;
    private BinaryReader.Result<WebIndexState> saved;
    private Summary summary = new Summary(0, 0, 0, 0);

    /** What the last update wrote: files of the index, how many written, their bytes and the bytes of all. */
    public record Summary(int files, int written, long writtenBytes, long totalBytes) {}

    /**
     * @param index the output that brings the search index in line, read here
     * @param pages the output that writes the site's pages, which a whole build replaces whole
     */
    public WebIndexOutput(SiteOutput index, SiteOutput pages) {
        this.index = index;
        this.pages = pages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SiteOutput> needs() {
        return List.of(index, pages);
    }

    @Override
    public void prepare(SiteLayout layout) {
        saved = WebIndexState.read(layout.stateFile(STATE));
    }

    public Summary summary() {
        return summary;
    }

    @Override
    public void update(BuildContext build) throws IOException {
        Path dir = build.layout().site().resolve(FOLDER);
        Optional<WebIndexState> before = build.change().full() || !Files.isDirectory(dir)
                ? Optional.empty()
                : saved.asOptional().filter(s -> s.stats().keySet().containsAll(TermEntries.SCORED));
        if (saved instanceof BinaryReader.Result.Unusable<WebIndexState> u
                && !build.change().full()) {
            build.listener()
                    .notice("the site's search files could not be updated (" + u.reason()
                            + "); they are written again");
        }
        try (FSDirectory d = FSDirectory.open(build.layout().index());
                DirectoryReader reader = DirectoryReader.open(d)) {
            WebIndexState state =
                    before.isPresent() ? update(build, reader, dir, before.get()) : whole(build, reader, dir);
            state.write(build.layout().stateFile(STATE));
        }
    }

    private WebIndexState whole(BuildContext build, DirectoryReader reader, Path dir) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, CollectionStatistics> stats = new LinkedHashMap<>();
        for (String field : TermEntries.SCORED) {
            CollectionStatistics s = searcher.collectionStatistics(field);
            stats.put(field, s == null ? new CollectionStatistics(field, 1, 1, 1, 1) : s);
        }
        DocTable table = DocTable.whole(reader);
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < table.files(); i++) {
            all.add(i);
        }
        return write(build, reader, dir, table, stats, List.of(), List.of(), all, "");
    }

    private WebIndexState update(BuildContext build, DirectoryReader reader, Path dir, WebIndexState before)
            throws IOException {
        Set<Integer> changed = new HashSet<>();
        DocTable table = DocTable.update(
                reader,
                before.ids(),
                before.products(),
                ids(build.change().touched()),
                ids(build.change().removed()),
                changed);
        Set<Integer> docFiles = changed.stream().map(n -> n / DocTable.PER_FILE).collect(Collectors.toSet());
        for (int i = before.docs().size(); i < table.files(); i++) {
            docFiles.add(i);
        }
        return write(
                build,
                reader,
                dir,
                table,
                before.stats(),
                before.terms(),
                before.docs(),
                docFiles,
                before.generation());
    }

    private static Set<String> ids(Set<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).collect(Collectors.toSet());
    }

    /**
     * Writes the files whose content changed: all entries are made again (that is quick) and compared with the kept
     * checksums; the files of articles listed in {@code docFiles} are made again.
     */
    private WebIndexState write(
            BuildContext build,
            DirectoryReader reader,
            Path dir,
            DocTable table,
            Map<String, CollectionStatistics> stats,
            List<ShardFile> keptTerms,
            List<ShardFile> keptDocs,
            Set<Integer> docFiles,
            String previousGeneration)
            throws IOException {
        // The payloads, cut at the kept ranges' first keys and where a range grew too large.
        List<String> firsts = new ArrayList<>();
        List<String> boundaries = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        TreeSet<String> cuts = keptTerms.stream().map(ShardFile::first).collect(Collectors.toCollection(TreeSet::new));
        int limit = cuts.isEmpty() ? TARGET_BYTES : TARGET_BYTES * SPLIT_FACTOR;
        ShardBuilder shard = new ShardBuilder();
        new TermEntries(reader, table.numbersByDoc(), stats).forEach(e -> {
            boolean cut = cuts.isEmpty() ? shard.size() >= limit : cuts.contains(e.key()) || shard.size() >= limit;
            if (cut && shard.count() > 0) {
                firsts.add(shard.first());
                payloads.add(shard.finish());
                // A range starts at the shortest start of its first key that sorts after the last key before it.
                boundaries.add(boundary(e.key(), shard.previous()));
            }
            shard.add(e.key(), e.value());
        });
        if (shard.count() > 0) {
            firsts.add(shard.first());
            payloads.add(shard.finish());
        }
        boundaries.add(0, "");
        Map<String, ShardFile> keptByFirst = new HashMap<>();
        for (ShardFile f : keptTerms) {
            keptByFirst.put(f.first(), f);
        }
        // The files of results the change touched, new ones, and kept ones gone from the site are made again.
        List<byte[]> docPayloads = IntStream.range(0, table.files())
                .parallel()
                .mapToObj(i -> {
                    boolean kept = i < keptDocs.size()
                            && !docFiles.contains(i)
                            && Files.exists(dir.resolve(keptDocs.get(i).name() + ".js"));
                    try {
                        return kept ? null : table.file(i);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        int[] termCrcs = payloads.stream().mapToInt(ScriptFiles::crc).toArray();
        int[] docCrcs = docPayloads.stream()
                .mapToInt(d -> d == null ? 0 : ScriptFiles.crc(d))
                .toArray();
        Names names = new Names(dir, generation(previousGeneration, termCrcs, docCrcs));
        List<ShardFile> terms = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            terms.add(names.file("t", i, firsts.get(i), keptByFirst.get(firsts.get(i)), payloads.get(i), termCrcs[i]));
        }
        List<ShardFile> docs = new ArrayList<>();
        for (int i = 0; i < docPayloads.size(); i++) {
            docs.add(
                    docPayloads.get(i) == null
                            ? keptDocs.get(i)
                            : names.file(
                                    "d",
                                    i,
                                    "",
                                    i < keptDocs.size() ? keptDocs.get(i) : null,
                                    docPayloads.get(i),
                                    docCrcs[i]));
        }
        Map<String, byte[]> toWrite = names.toWrite;
        AtomicInteger done = new AtomicInteger();
        long writtenBytes = toWrite.entrySet().parallelStream()
                .mapToLong(e -> {
                    try {
                        return ScriptFiles.write(dir, e.getKey(), e.getValue());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    } finally {
                        build.listener().progress(NAME, done.incrementAndGet(), toWrite.size());
                    }
                })
                .sum();
        int written = toWrite.size();
        // A build that named no new file is of the same mark as the last.
        String mark = names.named || previousGeneration.isEmpty() ? names.generation : previousGeneration;
        long manifestBytes = ScriptFiles.writeIfChanged(
                dir.resolve(MANIFEST + ".js"),
                ScriptFiles.script(MANIFEST, manifest(mark, table, boundaries, terms, docs)));
        long clientBytes = writeClient(dir);
        writtenBytes += manifestBytes + clientBytes;
        written += (manifestBytes > 0 ? 1 : 0) + (clientBytes > 0 ? 1 : 0);
        long total = removeOthers(dir, terms, docs);
        summary = new Summary(terms.size() + docs.size() + 2, written, writtenBytes, total);
        return new WebIndexState(mark, stats, table.ids(), table.products(), terms, docs);
    }

    /** This build's mark: from the content it wrote and the last build's mark, so that two builds never share one. */
    private static String generation(String previous, int[] termCrcs, int[] docCrcs) {
        Packer p = new Packer().string(previous);
        for (int[] crcs : List.of(termCrcs, docCrcs)) {
            for (int crc : crcs) {
                p.vint(crc & 0x7fffffff);
            }
        }
        return Integer.toString(ScriptFiles.crc(p.toByteArray()) & 0x7fffffff, 36);
    }

    /**
     * The names of a build's files: a file whose content is the one kept keeps its name (and is written again if it is
     * gone from the site, replaced whole); any other is named by this build's mark and its place, and written.
     */
    private static final class Names {
        final Path dir;
        final String generation;
        final Map<String, byte[]> toWrite = new LinkedHashMap<>();
        /** Whether some file has a name of this build's. */
        boolean named;

        Names(Path dir, String generation) {
            this.dir = dir;
            this.generation = generation;
        }

        ShardFile file(String kind, int place, String first, ShardFile kept, byte[] payload, int crc) {
            if (kept != null && kept.crc() == crc) {
                if (!Files.exists(dir.resolve(kept.name() + ".js"))) {
                    toWrite.put(kept.name(), payload);
                }
                return kept;
            }
            String name = kind + "/" + generation + "-" + Integer.toString(place, 36);
            toWrite.put(name, payload);
            named = true;
            return new ShardFile(first, name, crc);
        }
    }

    /** What the page reads first: the ranges of keys and the files that hold them, the files of articles, products. */
    private static byte[] manifest(
            String generation, DocTable table, List<String> boundaries, List<ShardFile> terms, List<ShardFile> docs) {
        Packer p =
                new Packer().vint(FORMAT).string(generation).vint(table.size()).vint(DocTable.PER_FILE);
        List<String> stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(o -> new String((char[]) o))
                .sorted()
                .toList();
        p.vint(stop.size());
        stop.forEach(p::string);
        p.vint(TermEntries.STEPS);
        // A file's name is its kind, the mark of the build that wrote it and its place then: written as the mark's
        // number in a list and the change of place, mostly 0.
        List<String> marks = Stream.concat(terms.stream(), docs.stream())
                .map(f -> mark(f.name()))
                .distinct()
                .sorted()
                .toList();
        p.vint(marks.size());
        marks.forEach(p::string);
        p.vint(terms.size());
        String boundary = "";
        for (int i = 0; i < terms.size(); i++) {
            p.string(boundaries.get(i), boundary);
            boundary = boundaries.get(i);
            place(p, marks, terms.get(i).name(), i);
        }
        p.vint(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            place(p, marks, docs.get(i).name(), i);
        }
        Map<String, List<int[]>> runs = table.productRuns();
        p.vint(runs.size());
        for (Map.Entry<String, List<int[]>> e : runs.entrySet()) {
            p.string(e.getKey()).vint(e.getValue().size());
            int end = 0;
            for (int[] run : e.getValue()) {
                p.vint(run[0] - end).vint(run[1]);
                end = run[0] + run[1];
            }
        }
        return p.toByteArray();
    }

    /** The mark of the build that wrote a file: {@code t/MARK-PLACE}. */
    private static String mark(String name) {
        return name.substring(2, name.lastIndexOf('-'));
    }

    /** Writes a file's name as its mark's number and its place then against its place now (zigzag). */
    private static void place(Packer p, List<String> marks, String name, int now) {
        int then = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1), 36);
        int change = then - now;
        p.vint(marks.indexOf(mark(name))).vint((change << 1) ^ (change >> 31));
    }

    /** The shortest start of {@code key} that sorts after {@code before}. */
    static String boundary(String key, String before) {
        int n = Packer.shared(key, before) + 1;
        while (n < key.length() && Character.isLowSurrogate(key.charAt(n))) {
            n++;
        }
        return key.substring(0, Math.min(n, key.length()));
    }

    /** Writes the page's search code when it is not already there as it is. */
    private static long writeClient(Path dir) throws IOException {
        byte[] code;
        try (InputStream in = WebIndexOutput.class.getResourceAsStream("/kb/search/" + CLIENT)) {
            if (in == null) {
                throw new IOException("the search code " + CLIENT + " is missing from kb");
            }
            code = Minified.of(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return ScriptFiles.writeIfChanged(dir.resolve(CLIENT), code);
    }

    /** Removes the files of entries and articles the manifest no longer names; the bytes of all the index's files. */
    private static long removeOthers(Path dir, List<ShardFile> terms, List<ShardFile> docs) throws IOException {
        Set<Path> keep = new HashSet<>();
        Stream.concat(terms.stream(), docs.stream()).forEach(f -> keep.add(dir.resolve(f.name() + ".js")));
        long total = Files.size(dir.resolve(MANIFEST + ".js")) + Files.size(dir.resolve(CLIENT));
        for (String sub : List.of("t", "d")) {
            Path folder = dir.resolve(sub);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (keep.contains(f)) {
                        total += Files.size(f);
                    } else if (f.getFileName().toString().endsWith(".js")
                            || f.getFileName().toString().endsWith(".tmp")) {
                        Files.delete(f);
                    }
                }
            }
        }
        return total;
    }

    /** Entries gathered into one file's payload: how many, then each key (sharing its start with the one before). */
    private static final class ShardBuilder {
        private Packer packer = new Packer(TARGET_BYTES * 2);
        private int count;
        private String first = "";
        private String last = "";
        private String lastFinished = "";

        void add(String key, byte[] value) {
            if (count == 0) {
                first = key;
            }
            packer.string(key, last).vint(value.length).bytes(value);
            last = key;
            count++;
        }

        int size() {
            return packer.size();
        }

        int count() {
            return count;
        }

        String first() {
            return first;
        }

        /** The last key added before {@link #finish}. */
        String previous() {
            return lastFinished;
        }

        byte[] finish() {
            byte[] body = packer.toByteArray();
            byte[] out = new Packer().vint(count).bytes(body).toByteArray();
            packer = new Packer(TARGET_BYTES * 2);
            count = 0;
            lastFinished = last;
            last = "";
            return out;
        }
    }
}
