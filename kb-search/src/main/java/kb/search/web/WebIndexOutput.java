package kb.search.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kb.model.ArticleId;
import kb.model.build.BuildContext;
import kb.model.build.SiteLayout;
import kb.model.build.SiteOutput;
import kb.model.corpus.CorpusChange;
import kb.model.io.BinaryReader;
import kb.model.io.BuildMemo;
import kb.search.IndexOutput;
import kb.search.KbIndex;
import kb.search.query.JoinedWords;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.IndexedProductNames;
import kb.search.schema.IndexedText;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.WordPairs;
import kb.search.web.WebIndexState.ShardFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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
    static final int TARGET_BYTES = 1_000;
    /**
     * An entry at least this large (a common word's postings) is a file of its own, so that the words before and after
     * it are not loaded with it.
     */
    static final int ALONE_BYTES = 1_000;
    /** Ranges a page of the manifest names on a whole build; a kept page grown to twice as many is cut again. */
    static final int PAGE_RANGES = 32;
    /** Kept ranges are cut again when an update makes them this much larger. */
    static final int SPLIT_FACTOR = 2;

    static final int FORMAT = 13;
    /**
     * When a word of a title or a message weighs differently in pairs, the pairs of the articles that have it are made
     * again, as long as they are at most this many; past that, every entry.
     */
    private static final int MAX_REWEIGHED = 5_000;

    private static final String STATE = "web-index.bin";
    /** How the temporary files of {@link ScriptFiles#write} end. */
    private static final String TEMPORARY = ".tmp";
    /** The folders of the files of entries, of articles and of pages. */
    private static final List<String> FOLDERS = List.of("t", "d", "p");
    /** How many times the process has listed the files of an index's folders. */
    private static final AtomicInteger LISTINGS = new AtomicInteger();

    private final IndexOutput index;
    private final SiteOutput pages;
    /** The state this build leaves, once it has updated the files. */
    private Optional<Saving> saving = Optional.empty();

    private BinaryReader.Result<WebIndexState> saved;
    /** The files in the index's folders before the build, listed while the sources are read. */
    private Listing listed;
    /** The files in the index's folders once this build has written and removed its own. */
    private Listing left;

    private Summary summary = new Summary(0, 0, 0, 0, 0);

    /**
     * What the last update wrote: files of the index, how many written, their bytes and the bytes of all, and how many
     * of its ranges of entries it made again (all on a whole build; those the change touched on an update).
     */
    public record Summary(int files, int written, long writtenBytes, long totalBytes, int rangesMade) {}

    /**
     * @param index the output that brings the search index in line, read here
     * @param pages the output that writes the site's pages, which a whole build puts in place of the old site
     */
    public WebIndexOutput(IndexOutput index, SiteOutput pages) {
        this.index = index;
        this.pages = pages;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The search index it reads; the pages too when they put a new site in place, whose {@code search/} this fills. */
    @Override
    public List<SiteOutput> needs(BuildContext build) {
        return pages.replacesSite(build) ? List.of(index, pages) : List.of(index);
    }

    @Override
    public void prepare(SiteLayout layout) {
        saved = WebIndexState.read(layout.stateFile(STATE));
        Path dir = layout.site().resolve(FOLDER);
        try {
            listed = Listing.left(dir, saved).orElse(null);
            if (listed == null) {
                listed = Listing.of(dir, saved.asOptional());
            }
        } catch (IOException e) {
            // Listed again when the index is written.
            listed = null;
        }
    }

    public Summary summary() {
        return summary;
    }

    /** How many times this process has listed every file of an index's folders. */
    public static int listings() {
        return LISTINGS.get();
    }

    @Override
    public void update(BuildContext build) throws IOException {
        Path dir = build.layout().site().resolve(FOLDER);
        left = null;
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
            Listing.leave(state, left);
            Path file = build.layout().stateFile(STATE);
            saving = Optional.of(() -> state.write(file));
        }
    }

    /** What the files of this build were made from, for the next build. */
    @Override
    public Optional<Saving> saving() {
        return saving;
    }

    private WebIndexState whole(BuildContext build, DirectoryReader reader, Path dir) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, CollectionStatistics> stats = new LinkedHashMap<>();
        for (String field : TermEntries.SCORED) {
            CollectionStatistics s = searcher.collectionStatistics(field);
            stats.put(field, s == null ? new CollectionStatistics(field, 1, 1, 1, 1) : s);
        }
        DocTable table = DocTable.whole(reader);
        TermEntries entries = new TermEntries(reader, table.numbersByDoc(), stats);
        Set<String> present = listing(dir).names();
        BiFunction<String, byte[], Range> make = (start, payload) -> Range.made(start, payload, null, present);
        // The kinds of keys are made side by side on the build's threads, each cut into ranges of its own.
        List<String> starts = List.of(
                "",
                String.valueOf(WordPairs.TITLE),
                String.valueOf(TermEntries.WORD),
                String.valueOf(TermEntries.EXACT));
        List<Range> ranges = IntStream.range(0, starts.size())
                .parallel()
                .mapToObj(i -> cut(entries, starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : null, 1, make))
                .flatMap(List::stream)
                .collect(Collectors.toCollection(ArrayList::new));
        if (ranges.isEmpty()) {
            ranges.add(make.apply("", new Packer().vint(0).toByteArray()));
        }
        return write(
                build,
                reader,
                dir,
                present,
                table,
                stats,
                JoinedWords.common(reader),
                ranges,
                Optional.empty(),
                Optional.empty(),
                Set.of());
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
        TermEntries entries = new TermEntries(reader, table.numbersByDoc(), before.stats());
        Listing listing = listing(dir);
        Set<String> present = listing.names();
        Optional<Set<Integer>> dirty = changedRanges(build, reader, present, entries, before, table);
        List<ShardFile> kept = before.terms();
        List<Range> ranges = new ArrayList<>();
        if (dirty.isEmpty()) {
            // Every entry made again, cut where the kept ranges start (and where one grew too large).
            Map<String, ShardFile> keptByStart = byStart(kept);
            List<String> cuts = kept.stream().skip(1).map(ShardFile::start).toList();
            Pieces pieces = new Pieces(
                    kept.getFirst().start(),
                    cuts,
                    TARGET_BYTES * SPLIT_FACTOR,
                    (start, payload) -> Range.made(start, payload, keptByStart.get(start), present));
            entries.forEach(pieces::add);
            ranges.addAll(pieces.ranges());
        } else {
            // The ranges the change touched are made again, at once on the build's threads; the first piece of each
            // is compared with the file of the range it starts.
            Map<Integer, List<Range>> made = dirty.get().stream()
                    .parallel()
                    .collect(Collectors.toConcurrentMap(
                            i -> i,
                            i -> cut(
                                    entries,
                                    kept.get(i).start(),
                                    i + 1 < kept.size() ? kept.get(i + 1).start() : null,
                                    SPLIT_FACTOR,
                                    (start, payload) -> Range.made(
                                            start,
                                            payload,
                                            start.equals(kept.get(i).start()) ? kept.get(i) : null,
                                            present))));
            for (int i = 0; i < kept.size(); i++) {
                ranges.addAll(made.getOrDefault(i, List.of(Range.kept(kept.get(i)))));
            }
        }
        return write(
                build,
                reader,
                dir,
                present,
                table,
                before.stats(),
                before.joined(),
                ranges,
                Optional.of(before),
                listing.strays(),
                docFiles);
    }

    /**
     * The ranges of entries whose content this build's change can have changed: those holding the keys the changed
     * articles had or have now. Empty when that cannot be told (the index was made whole, or was not the one the files
     * were made from) or when the change weighs on entries anywhere (a word of a title or message crossing a step
     * of its weight in pairs): then every entry is made again.
     */
    private Optional<Set<Integer>> changedRanges(
            BuildContext build,
            DirectoryReader reader,
            Set<String> present,
            TermEntries entries,
            WebIndexState before,
            DocTable table)
            throws IOException {
        Optional<IndexOutput.Update> update = index.lastUpdate();
        if (update.isEmpty() || update.get().generationBefore() != before.indexGeneration()) {
            return Optional.empty();
        }
        Map<ArticleId, IndexedText> replaced = update.get().replaced();
        CorpusChange change = build.change();
        Set<ArticleId> gone = new HashSet<>(change.changed());
        gone.addAll(change.removed());
        if (!replaced.keySet().containsAll(gone)) {
            return Optional.empty();
        }
        // An article numbered now that was neither numbered before nor touched: the numbers were out of step.
        if (table.numberedOthers()) {
            return Optional.empty();
        }
        Map<ArticleId, IndexedText> now = KbIndex.texts(reader, change.touched());
        Analyzer analyzer = KbAnalyzers.perField();
        Set<String> keys = new HashSet<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Set<ArticleId> all = new HashSet<>(gone);
        all.addAll(change.touched());
        for (ArticleId id : all) {
            keys.addAll(ArticleKeys.changed(analyzer, replaced.get(id), now.get(id), counts));
        }
        for (Map.Entry<String, Map<String, Integer>> field : counts.entrySet()) {
            for (Map.Entry<String, Integer> word : field.getValue().entrySet()) {
                int n = entries.liveCount(field.getKey(), word.getKey());
                if (word.getValue() != 0 && entries.pairWeightChanged(field.getKey(), n - word.getValue(), n)) {
                    // The word weighs differently in every pair it is in: those of the articles that have it.
                    if (n > MAX_REWEIGHED) {
                        return Optional.empty();
                    }
                    keys.addAll(pairsWith(reader, analyzer, field.getKey(), word.getKey()));
                }
            }
        }
        List<String> starts = before.terms().stream().map(ShardFile::start).toList();
        Set<Integer> out = keys.stream().map(k -> rangeOf(starts, k)).collect(Collectors.toSet());
        // A kept file gone from the site (a page swap replaced it) is made again too.
        for (int i = 0; i < before.terms().size(); i++) {
            if (!onSite(before.terms().get(i), present)) {
                out.add(i);
            }
        }
        return Optional.of(out);
    }

    /**
     * The entries from one key to another (null: no end) cut into ranges, a range being cut once it passes {@code
     * factor} times {@link #TARGET_BYTES}, each range made of its payload by {@code make}.
     */
    private static List<Range> cut(
            TermEntries entries, String from, String to, int factor, BiFunction<String, byte[], Range> make) {
        Pieces pieces = new Pieces(from, List.of(), TARGET_BYTES * factor, make);
        try {
            entries.forEach(from, to, pieces::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pieces.ranges();
    }

    /** The pairs of the articles that have a word in the title or the messages that hold the word. */
    private static Set<String> pairsWith(DirectoryReader reader, Analyzer analyzer, String field, String word)
            throws IOException {
        char kind = field.equals(Fields.TITLE) ? WordPairs.TITLE : WordPairs.MESSAGE;
        Set<String> out = new HashSet<>();
        StoredFields stored = reader.storedFields();
        for (int doc : KbIndex.liveDocs(reader, new Term(field, word))) {
            String text = stored.document(doc, Set.of(field)).get(field);
            for (String pair : WordPairs.pairs(kind, AnalysedText.of(analyzer, field, text == null ? "" : text))) {
                // A pair holds the word as its first or its second: kind, first, space, second.
                if (pair.startsWith(word + " ", 1) || pair.endsWith(" " + word)) {
                    out.add(pair);
                }
            }
        }
        return out;
    }

    /** The range that holds a key: the last whose start is not after it. */
    static int rangeOf(List<String> starts, String key) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid).compareTo(key) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Set<String> ids(Set<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).collect(Collectors.toSet());
    }

    /**
     * A file of the browser's index: where its range starts (none for results) and, when made by this build, its
     * payload's checksum and the payload deflated if the file is to be written; one not made again is the file kept.
     * Made on the thread that cut the payload, so that only the deflated bytes are held until the files are named.
     */
    private record Range(String start, boolean made, int crc, byte[] deflated, ShardFile kept) {
        static Range kept(ShardFile file) {
            return new Range(file.start(), false, file.crc(), null, file);
        }

        /** A payload made by this build; {@code kept} is the file of the same place the last build wrote, if any. */
        static Range made(String start, byte[] payload, ShardFile kept, Set<String> present) {
            int crc = ScriptFiles.crc(payload);
            return new Range(start, true, crc, keeps(kept, crc, present) ? null : ScriptFiles.deflate(payload), kept);
        }
    }

    /** Whether a kept file is kept as it is: its content is the same, and it is in the site. */
    private static boolean keeps(ShardFile kept, int crc, Set<String> present) {
        return kept != null && kept.crc() == crc && onSite(kept, present);
    }

    /** Whether a file the last build wrote is in the site's listing of {@link #present}. */
    private static boolean onSite(ShardFile file, Set<String> present) {
        return present.contains(file.name());
    }

    /**
     * Writes the files whose content changed: the ranges made again are compared with the kept files of the same start;
     * the files of articles listed in {@code docFiles}, those past the kept ones and kept ones gone from the site are
     * made again; the pages of the manifest that name a changed file are written again.
     */
    private WebIndexState write(
            BuildContext build,
            DirectoryReader reader,
            Path dir,
            Set<String> present,
            DocTable table,
            Map<String, CollectionStatistics> stats,
            List<String> joined,
            List<Range> ranges,
            Optional<WebIndexState> before,
            Optional<Set<String>> strays,
            Set<Integer> docFiles)
            throws IOException {
        List<ShardFile> keptDocs = before.map(WebIndexState::docs).orElse(List.of());
        List<ShardFile> keptPages = before.map(WebIndexState::pages).orElse(List.of());
        String previousGeneration = before.map(WebIndexState::generation).orElse("");
        // The files of results the change touched, new ones, and kept ones gone from the site are made again.
        List<Range> docRanges = IntStream.range(0, table.files())
                .parallel()
                .mapToObj(i -> {
                    ShardFile kept = i < keptDocs.size() ? keptDocs.get(i) : null;
                    if (kept != null && !docFiles.contains(i) && onSite(kept, present)) {
                        return Range.kept(kept);
                    }
                    try {
                        return Range.made("", table.file(i), kept, present);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        Names names = new Names(generation(
                previousGeneration,
                ranges.stream().mapToInt(Range::crc).toArray(),
                docRanges.stream().mapToInt(r -> r.made() ? r.crc() : 0).toArray()));
        List<ShardFile> terms = new ArrayList<>();
        List<String> boundaries = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            boundaries.add(ranges.get(i).start());
            terms.add(names.file("t", i, ranges.get(i)));
        }
        List<ShardFile> docs = new ArrayList<>();
        for (int i = 0; i < docRanges.size(); i++) {
            docs.add(names.file("d", i, docRanges.get(i)));
        }
        Map<String, ShardFile> keptPageByStart = byStart(keptPages);
        List<ShardFile> pages = new ArrayList<>();
        List<List<Integer>> groups =
                pages(boundaries, keptPages.stream().map(ShardFile::start).toList());
        for (int g = 0; g < groups.size(); g++) {
            String start = boundaries.get(groups.get(g).getFirst());
            byte[] payload = page(boundaries, terms, groups.get(g));
            pages.add(names.file("p", g, Range.made(start, payload, keptPageByStart.get(start), present)));
        }
        Map<String, byte[]> toWrite = names.toWrite;
        Set<String> rewritten = names.rewritten;
        AtomicInteger done = new AtomicInteger();
        long writtenBytes = toWrite.entrySet().parallelStream()
                .mapToLong(e -> {
                    try {
                        Path file = dir.resolve(e.getKey() + ".js");
                        return rewritten.contains(e.getKey())
                                ? ScriptFiles.write(file, e.getValue())
                                : ScriptFiles.writeNew(file, e.getValue());
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
                ScriptFiles.script(
                        MANIFEST,
                        manifest(
                                mark,
                                table,
                                IndexedProductNames.read(reader),
                                pages,
                                docs,
                                table.informational(),
                                joined)));
        long clientBytes = writeClient(dir);
        writtenBytes += manifestBytes + clientBytes;
        written += (manifestBytes > 0 ? 1 : 0) + (clientBytes > 0 ? 1 : 0);
        List<List<ShardFile>> now = List.of(terms, docs, pages);
        List<String> gone = before.isPresent() && strays.isPresent()
                ? replaced(before.get(), now, strays.get())
                : unnamed(now, present);
        remove(dir, gone, toWrite.keySet());
        // The listing's names become the folders' files now: those removed go, those written come.
        gone.forEach(present::remove);
        present.addAll(toWrite.keySet());
        left = new Listing(present, Listing.stamps(dir), Optional.of(Set.of()));
        long total = bytes(dir, now);
        int made = (int) ranges.stream().filter(Range::made).count();
        summary = new Summary(terms.size() + docs.size() + pages.size() + 2, written, writtenBytes, total, made);
        return new WebIndexState(
                mark,
                reader.getIndexCommit().getGeneration(),
                stats,
                joined,
                table.ids(),
                table.products(),
                terms,
                docs,
                pages);
    }

    private static Map<String, ShardFile> byStart(List<ShardFile> files) {
        Map<String, ShardFile> out = new HashMap<>();
        for (ShardFile f : files) {
            out.put(f.start(), f);
        }
        return out;
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
        final String generation;
        final Map<String, byte[]> toWrite = new LinkedHashMap<>();
        /** The kept names among them: files the manifest names already, put in place whole. */
        final Set<String> rewritten = new HashSet<>();
        /** Whether some file has a name of this build's. */
        boolean named;

        Names(String generation) {
            this.generation = generation;
        }

        /** A file's name and entry: the file kept, or made by this build and named by its kind and place. */
        ShardFile file(String kind, int place, Range r) {
            ShardFile kept = r.kept();
            if (!r.made()) {
                return kept;
            }
            if (kept != null && kept.crc() == r.crc()) {
                if (r.deflated() != null) {
                    toWrite.put(kept.name(), ScriptFiles.wrap(kept.name(), r.deflated()));
                    rewritten.add(kept.name());
                }
                return kept;
            }
            String name = kind + "/" + generation + "-" + Integer.toString(place, 36);
            byte[] script = ScriptFiles.wrap(name, r.deflated());
            toWrite.put(name, script);
            named = true;
            return new ShardFile(r.start(), name, r.crc(), script.length);
        }
    }

    /**
     * The ranges each page of the manifest names, in order. On a whole build a page names {@link #PAGE_RANGES}
     * ranges; later, a page starts where a kept page started (at its first range from there), so that a change
     * elsewhere leaves it as it was, and a page grown to twice as many ranges is cut again.
     */
    static List<List<Integer>> pages(List<String> boundaries, List<String> keptStarts) {
        List<List<Integer>> kept = new ArrayList<>();
        int owner = -1;
        // The kept page of each boundary, the last whose start is not after it: both lists are in key order.
        int now = 0;
        for (int i = 0; i < boundaries.size(); i++) {
            while (now + 1 < keptStarts.size() && keptStarts.get(now + 1).compareTo(boundaries.get(i)) <= 0) {
                now++;
            }
            if (now != owner) {
                kept.add(new ArrayList<>());
                owner = now;
            }
            kept.getLast().add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : kept) {
            if (keptStarts.isEmpty() || g.size() >= 2 * PAGE_RANGES) {
                for (int i = 0; i < g.size(); i += PAGE_RANGES) {
                    out.add(g.subList(i, Math.min(g.size(), i + PAGE_RANGES)));
                }
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * A page of the manifest: where each of its ranges starts and the name of the file that holds it, as the marks of
     * its files' builds, then for each range its start (sharing its beginning with the one before), its mark's number
     * and its file's place against the place before (zigzag; 0 for the next).
     */
    private static byte[] page(List<String> boundaries, List<ShardFile> terms, List<Integer> ranges) {
        Packer p = new Packer();
        List<String> marks = marks(p, ranges.stream().map(terms::get));
        p.vint(ranges.size());
        String before = "";
        int place = -1;
        for (int i : ranges) {
            p.string(boundaries.get(i), before);
            before = boundaries.get(i);
            place = name(p, marks, terms.get(i).name(), place + 1);
        }
        return p.toByteArray();
    }

    /**
     * What the page reads first: the stop words, the pages of the manifest and the ranges of keys they start at, the
     * files of articles, the articles of each product and its name, the articles that explain or inform, and the
     * common words that make a common word joined.
     */
    private static byte[] manifest(
            String generation,
            DocTable table,
            Map<String, String> productNames,
            List<ShardFile> pages,
            List<ShardFile> docs,
            List<Integer> informational,
            List<String> joined) {
        Packer p =
                new Packer().vint(FORMAT).string(generation).vint(table.size()).vint(DocTable.PER_FILE);
        List<String> stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(o -> new String((char[]) o))
                .sorted()
                .toList();
        p.vint(stop.size());
        stop.forEach(p::string);
        p.vint(TermEntries.STEPS);
        List<String> marks = marks(p, Stream.concat(pages.stream(), docs.stream()));
        p.vint(pages.size());
        String start = "";
        for (int i = 0; i < pages.size(); i++) {
            p.string(pages.get(i).start(), start);
            start = pages.get(i).start();
            name(p, marks, pages.get(i).name(), i);
        }
        p.vint(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            name(p, marks, docs.get(i).name(), i);
        }
        Map<String, List<int[]>> runs = table.productRuns();
        p.vint(runs.size());
        for (Map.Entry<String, List<int[]>> e : runs.entrySet()) {
            p.string(e.getKey())
                    .string(productNames.getOrDefault(e.getKey(), e.getKey()))
                    .vint(e.getValue().size());
            int end = 0;
            for (int[] run : e.getValue()) {
                p.vint(run[0] - end).vint(run[1]);
                end = run[0] + run[1];
            }
        }
        p.vint(informational.size());
        int last = 0;
        for (int n : informational) {
            p.vint(n - last);
            last = n;
        }
        p.vint(joined.size());
        String previous = "";
        for (String pair : joined) {
            p.string(pair, previous);
            previous = pair;
        }
        return p.toByteArray();
    }

    /** The mark of the build that wrote a file: {@code t/MARK-PLACE}. */
    private static String mark(String name) {
        return name.substring(2, name.lastIndexOf('-'));
    }

    /**
     * Writes the marks of the builds that wrote some files, as a list whose numbers name them; the list. A file's name
     * is its kind, the mark of the build that wrote it and its place then: see {@link #name}.
     */
    private static List<String> marks(Packer p, Stream<ShardFile> files) {
        List<String> marks = files.map(f -> mark(f.name())).distinct().sorted().toList();
        p.vint(marks.size());
        marks.forEach(p::string);
        return marks;
    }

    /**
     * Writes a file's name ({@code t/MARK-PLACE}) as its mark's number in the list and its place against the one
     * expected (zigzag: 0, -1, 1, -2 as 0, 1, 2, 3; mostly 0); its place.
     */
    private static int name(Packer p, List<String> marks, String name, int expected) {
        int place = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1), 36);
        int change = place - expected;
        p.vint(marks.indexOf(mark(name))).vint((change << 1) ^ (change >> 31));
        return place;
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
            code = in.readAllBytes();
        }
        return ScriptFiles.writeIfChanged(dir.resolve(CLIENT), code);
    }

    /**
     * The files in the folders of the index now: the listing made while the sources were read if no folder changed
     * since, else a new one.
     */
    private Listing listing(Path dir) throws IOException {
        return listed != null && listed.holds(dir) ? listed : new Listing(present(dir), List.of(), Optional.empty());
    }

    /**
     * The files in the folders of the index, with what each folder was when listed (its identity and when an entry was
     * last added or removed): a listing made before the build still holds if no folder changed since, as when no other
     * output replaced the site.
     */
    private record Listing(Set<String> names, List<String> stamps, Optional<Set<String>> strays) {
        /** The folders' files as the last build of this process left them, with the state it left. */
        private static final BuildMemo<Left> LEFT = BuildMemo.of(null);

        private record Left(WebIndexState state, Listing listing) {}

        /** Keeps the files a build left, with its state, for the next build of this process. */
        static void leave(WebIndexState state, Listing listing) {
            LEFT.set(listing == null ? null : new Left(state, listing));
        }

        /**
         * The folders' files as the last build of this process left them, when the state read is the very one it left
         * and no folder changed since (kb serve): no listing of every file.
         */
        @SuppressWarnings("ReferenceEquality") // the state the last build left, not an equal one read from disk
        static Optional<Listing> left(Path dir, BinaryReader.Result<WebIndexState> saved) throws IOException {
            Left last = LEFT.getAndSet(null);
            if (last == null
                    || saved.asOptional().orElse(null) != last.state()
                    || !last.listing().holds(dir)) {
                return Optional.empty();
            }
            return Optional.of(last.listing());
        }

        /**
         * The folders' files now, and those of them the last build's state does not name (temporary files, files of a
         * build whose state was not saved), when there is one.
         */
        static Listing of(Path dir, Optional<WebIndexState> saved) throws IOException {
            List<String> stamps = stamps(dir);
            Set<String> names = present(dir);
            if (!stamps.equals(stamps(dir))) {
                return null;
            }
            Optional<Set<String>> strays = saved.map(state -> {
                Set<String> out = new HashSet<>(names);
                for (List<ShardFile> kind : List.of(state.terms(), state.docs(), state.pages())) {
                    kind.forEach(f -> out.remove(f.name()));
                }
                return out;
            });
            return new Listing(names, stamps, strays);
        }

        boolean holds(Path dir) throws IOException {
            return stamps.equals(stamps(dir));
        }

        static List<String> stamps(Path dir) throws IOException {
            List<String> out = new ArrayList<>();
            for (String sub : FOLDERS) {
                Path folder = dir.resolve(sub);
                if (Files.isDirectory(folder)) {
                    BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class);
                    out.add(sub + " " + a.fileKey() + " " + a.lastModifiedTime().toInstant());
                } else {
                    out.add(sub + " none");
                }
            }
            return out;
        }
    }

    /**
     * The files in the folders of the index before this build writes, as {@code t/NAME} for {@code t/NAME.js} and whole
     * for a temporary file a stopped build left: one listing, not a look for each file.
     */
    private static Set<String> present(Path dir) throws IOException {
        LISTINGS.incrementAndGet();
        Set<String> out = new HashSet<>();
        for (String sub : FOLDERS) {
            Path folder = dir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(f -> {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".js")) {
                            out.add(sub + "/" + name.substring(0, name.length() - ".js".length()));
                        } else if (name.endsWith(TEMPORARY)) {
                            out.add(sub + "/" + name);
                        }
                    });
                }
            }
        }
        return out;
    }

    /**
     * The files of the last build that this one no longer names, and the strays beside them. A file this build keeps is
     * the very one the last build's state holds, in the same order (the files of entries and the pages by where they
     * start, the files of articles by their place), so one walk down both lists tells them apart, without a look at
     * every name.
     */
    private static List<String> replaced(WebIndexState before, List<List<ShardFile>> now, Set<String> strays) {
        List<List<ShardFile>> was = List.of(before.terms(), before.docs(), before.pages());
        List<String> gone = new ArrayList<>(strays);
        for (int k = 0; k < was.size(); k++) {
            List<ShardFile> old = was.get(k);
            List<ShardFile> kept = now.get(k);
            boolean byPlace = k == 1;
            int j = 0;
            for (int i = 0; i < old.size(); i++) {
                ShardFile f = old.get(i);
                if (byPlace) {
                    j = i;
                } else {
                    while (j < kept.size() && kept.get(j).start().compareTo(f.start()) < 0) {
                        j++;
                    }
                }
                if (!(j < kept.size() && isSame(kept.get(j), f))) {
                    gone.add(f.name());
                }
            }
        }
        return gone;
    }

    @SuppressWarnings("ReferenceEquality") // a file kept is the state's own record, one made again a new one
    private static boolean isSame(ShardFile now, ShardFile before) {
        return now == before;
    }

    /** The files in the folders that the manifest does not name, temporary files a stopped build left among them. */
    private static List<String> unnamed(List<List<ShardFile>> now, Set<String> present) {
        Set<String> keep = new HashSet<>(present.size() * 2);
        now.forEach(kind -> kind.forEach(f -> keep.add(f.name())));
        return present.stream().filter(name -> !keep.contains(name)).toList();
    }

    /**
     * Removes files of the index's folders, named as {@link #present} lists them, but never one this build wrote: a
     * build stopped before its state was saved may have written it, or a mark of an earlier build may come again.
     */
    private static void remove(Path dir, List<String> names, Set<String> written) throws IOException {
        for (String name : names) {
            if (!written.contains(name)) {
                Files.deleteIfExists(dir.resolve(name.endsWith(TEMPORARY) ? name : name + ".js"));
            }
        }
    }

    /** The bytes of all the index's files: the manifest, the search code and the files it names. */
    private static long bytes(Path dir, List<List<ShardFile>> now) throws IOException {
        long total = Files.size(dir.resolve(MANIFEST + ".js")) + Files.size(dir.resolve(CLIENT));
        for (List<ShardFile> kind : now) {
            for (ShardFile f : kind) {
                total += f.size();
            }
        }
        return total;
    }

    /**
     * Entries in key order cut into the payloads of files: where a kept range starts, once a payload passes a size, and
     * around an entry large enough to be a file of its own, at the shortest start of the next key that sorts after the
     * last. A range left with no entry is no file: the one before takes its keys.
     */
    private static final class Pieces {
        private final List<Range> ranges = new ArrayList<>();
        private final Iterator<String> cuts;
        private final int limit;
        private final BiFunction<String, byte[], Range> make;
        private String nextCut;
        private String start;
        private Packer packer = new Packer(TARGET_BYTES * 2);
        private int count;
        private String last = "";
        private boolean lastAlone;

        Pieces(String start, List<String> cuts, int limit, BiFunction<String, byte[], Range> make) {
            this.start = start;
            this.make = make;
            this.cuts = cuts.iterator();
            this.limit = limit;
            this.nextCut = this.cuts.hasNext() ? this.cuts.next() : null;
        }

        void add(TermEntries.Entry e) {
            boolean alone = e.value().length >= ALONE_BYTES;
            if (nextCut != null && e.key().compareTo(nextCut) >= 0) {
                finish();
                while (nextCut != null && e.key().compareTo(nextCut) >= 0) {
                    start = nextCut;
                    nextCut = cuts.hasNext() ? cuts.next() : null;
                }
            } else if (count > 0 && (packer.size() >= limit || alone || lastAlone)) {
                String next = boundary(e.key(), last);
                finish();
                start = next;
            }
            packer.string(e.key(), last).vint(e.value().length).bytes(e.value());
            last = e.key();
            lastAlone = alone;
            count++;
        }

        /** The ranges made, once every entry is added. */
        List<Range> ranges() {
            finish();
            return ranges;
        }

        /** Ends the payload being gathered: how many entries, then each key (sharing its start with the one before). */
        private void finish() {
            if (count > 0) {
                ranges.add(make.apply(
                        start,
                        new Packer().vint(count).bytes(packer.toByteArray()).toByteArray()));
            }
            packer = new Packer(TARGET_BYTES * 2);
            count = 0;
            last = "";
        }
    }
}
