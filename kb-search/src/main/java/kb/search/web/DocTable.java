package kb.search.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import kb.model.io.BuildMemo;
import kb.search.InformationalPrior;
import kb.search.schema.Fields;
import kb.search.schema.Shown;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The browser's numbers for the articles, and what a result shows of them, in files of {@link #PER_FILE} numbers. A
 * whole build numbers the articles by first product, then title: articles of a product are found together, and the
 * files of what results show compress better. Later builds keep each article's number, give new articles the next
 * ones, and leave the numbers of removed articles empty until the next whole build.
 */
final class DocTable {
    /** Articles a file of results holds. */
    static final int PER_FILE = 4;

    private final IndexReader reader;
    /** The reader's document of each number, -1 for none. */
    private final int[] docOf;
    /** The number of each document of the reader, -1 for none (a deleted document). */
    private final int[] byDoc;

    private final List<String> ids;
    private final List<String> products;
    /** Whether an update numbered articles that were neither numbered before nor touched: it was out of step. */
    private final boolean numberedOthers;

    private DocTable(IndexReader reader, int[] docOf, List<String> ids, List<String> products, boolean others) {
        this.numberedOthers = others;
        this.reader = reader;
        this.docOf = docOf;
        this.byDoc = new int[reader.maxDoc()];
        Arrays.fill(byDoc, -1);
        for (int n = 0; n < docOf.length; n++) {
            if (docOf[n] >= 0) {
                byDoc[docOf[n]] = n;
            }
        }
        this.ids = ids;
        this.products = products;
    }

    /** What a result shows of one document of the reader, packed as its file of results holds it. */
    private static byte[] packed(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SHOWN);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IOException("the index has nothing to show of document " + doc);
        }
        Shown s = Shown.decode(values.binaryValue());
        return new Packer()
                .string(s.id())
                .string(s.title())
                .string(s.url())
                .string(s.products())
                .string(s.date())
                .string(s.summary())
                .toByteArray();
    }

    /**
     * Every live article numbered afresh: by first product, then title, then id. What results show is read again for
     * each file of results (a look in the doc values), not held for the whole build.
     */
    static DocTable whole(IndexReader reader) throws IOException {
        Map<String, Integer> byId = new HashMap<>(reader.numDocs() * 2);
        List<Shown> rows = new ArrayList<>(reader.numDocs());
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SHOWN);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    Shown row = Shown.decode(values.binaryValue());
                    byId.put(row.id(), leaf.docBase + doc);
                    rows.add(row);
                }
            }
        }
        rows.sort(Comparator.comparing((Shown r) -> firstProduct(r.products()))
                .thenComparing(Shown::title)
                .thenComparing(Shown::id));
        List<String> ids = new ArrayList<>(rows.stream().map(Shown::id).toList());
        int[] docOf = new int[ids.size()];
        for (int n = 0; n < docOf.length; n++) {
            docOf[n] = byId.get(ids.get(n));
        }
        return new DocTable(
                reader,
                docOf,
                ids,
                new ArrayList<>(rows.stream().map(Shown::products).toList()),
                false);
    }

    /**
     * The numbers of the last build, brought in line with the reader: the removed articles' numbers emptied, new
     * articles numbered after the last, the changed ones' products read again.
     *
     * @return the table, and into {@code changed} the numbers whose article was added, changed or removed
     */
    static DocTable update(
            IndexReader reader,
            List<String> ids,
            List<String> products,
            Set<String> touched,
            Set<String> removed,
            Set<Integer> changed)
            throws IOException {
        Memo memo = Memo.take(ids);
        List<String> newIds = new ArrayList<>(ids);
        List<String> newProducts = new ArrayList<>(products);
        Map<String, Integer> numbers = memo.numbers;
        for (String id : removed) {
            Integer n = numbers.remove(id);
            if (n != null) {
                newIds.set(n, "");
                newProducts.set(n, "");
                memo.emptied.set(n);
                changed.add(n);
            }
        }
        // The live documents: of the numbered articles by number, of the others by id.
        int[] docOf = new int[ids.size()];
        Arrays.fill(docOf, -1);
        Map<String, Integer> unnumbered = new TreeMap<>();
        // The segments read now, by key (a reader of another kind has none): they learn their numbers below.
        Map<String, Segment> segments = new HashMap<>();
        List<Segment> read = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Optional<String> key = Segment.key(leaf);
            Segment segment = key.map(memo.segments::get).orElse(null);
            if (segment == null) {
                segment = Segment.read(leaf);
                read.add(segment);
            }
            if (key.isPresent()) {
                segments.put(key.get(), segment);
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < segment.ids.length; doc++) {
                if (segment.ids[doc] == null || (live != null && !live.get(doc))) {
                    continue;
                }
                int n = segment.numbers[doc];
                if (n < 0 || memo.emptied.get(n)) {
                    Integer known = numbers.get(segment.ids[doc]);
                    n = known == null ? -1 : known;
                }
                if (n < 0) {
                    unnumbered.put(segment.ids[doc], leaf.docBase + doc);
                } else {
                    docOf[n] = leaf.docBase + doc;
                }
            }
        }
        List<Integer> docs = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (String id : touched.stream().sorted().toList()) {
            Integer n = numbers.get(id);
            Integer doc = n == null ? unnumbered.remove(id) : (Integer) docOf[n];
            if (doc == null || doc < 0) {
                continue;
            }
            if (n == null) {
                n = newIds.size();
                newIds.add(id);
                newProducts.add("");
                numbers.put(id, n);
                docs.add(doc);
            }
            newProducts.set(
                    n, nonNull(stored.document(doc, Set.of(Fields.PRODUCTS)).get(Fields.PRODUCTS)));
            changed.add(n);
        }
        // An article the index holds that the numbers lack (a state out of step) gets a number too.
        boolean others = !unnumbered.isEmpty();
        for (Map.Entry<String, Integer> e : unnumbered.entrySet()) {
            int n = newIds.size();
            newIds.add(e.getKey());
            newProducts.add(nonNull(
                    stored.document(e.getValue(), Set.of(Fields.PRODUCTS)).get(Fields.PRODUCTS)));
            numbers.put(e.getKey(), n);
            docs.add(e.getValue());
            changed.add(n);
        }
        int[] all = Arrays.copyOf(docOf, newIds.size());
        for (int i = 0; i < docs.size(); i++) {
            all[ids.size() + i] = docs.get(i);
        }
        // The segments read now learn their articles' numbers, for the next build.
        read.forEach(segment -> segment.numbered(numbers));
        Memo.keep(new Memo(newIds, numbers, memo.emptied, segments));
        return new DocTable(reader, all, newIds, newProducts, others);
    }

    /**
     * What a table learned of the index, for the next build in the same process (kb serve): each id's number and the
     * numbers emptied, and each segment's documents' ids and numbers (a segment never changes once written, only which
     * of its documents are live). It holds only for the numbers it names by identity: a build that reads its state
     * from disk, or numbers the articles afresh, starts without it.
     */
    private record Memo(List<String> ids, Map<String, Integer> numbers, BitSet emptied, Map<String, Segment> segments) {
        private static final BuildMemo<Memo> LAST = BuildMemo.of(null);

        /** The memo of these numbers, given out once; or one made from them, with no segment read yet. */
        @SuppressWarnings("ReferenceEquality") // the very list the last update made, not an equal one from disk
        static Memo take(List<String> ids) {
            Memo last = LAST.getAndSet(null);
            if (last != null && last.ids == ids) {
                return last;
            }
            Map<String, Integer> numbers = new HashMap<>(ids.size() * 2);
            BitSet emptied = new BitSet(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).isEmpty()) {
                    emptied.set(i);
                } else {
                    numbers.put(ids.get(i), i);
                }
            }
            return new Memo(ids, numbers, emptied, Map.of());
        }

        static void keep(Memo memo) {
            LAST.set(memo);
        }
    }

    /** How many segments' ids the process has read. */
    static int segmentsRead() {
        return Segment.READ.get();
    }

    /** The article ids of a segment's documents (null for none), and their numbers (-1 for none yet). */
    private record Segment(String[] ids, int[] numbers) {
        static final AtomicInteger READ = new AtomicInteger();

        /** A segment's identity across readers: its name and unique id; a reader of another kind has none. */
        static Optional<String> key(LeafReaderContext leaf) {
            if (leaf.reader() instanceof SegmentReader r) {
                SegmentInfo info = r.getSegmentInfo().info;
                return Optional.of(info.name + "/" + StringHelper.idToString(info.getId()));
            }
            return Optional.empty();
        }

        static Segment read(LeafReaderContext leaf) throws IOException {
            READ.incrementAndGet();
            String[] ids = new String[leaf.reader().maxDoc()];
            Terms terms = leaf.reader().terms(Fields.ID);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    String id = t.utf8ToString();
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        ids[doc] = id;
                    }
                }
            }
            int[] numbers = new int[ids.length];
            Arrays.fill(numbers, -1);
            return new Segment(ids, numbers);
        }

        /** Sets this segment's documents' numbers as they are now. */
        void numbered(Map<String, Integer> byId) {
            for (int doc = 0; doc < ids.length; doc++) {
                Integer n = ids[doc] == null ? null : byId.get(ids[doc]);
                numbers[doc] = n == null ? -1 : n;
            }
        }
    }

    List<String> ids() {
        return ids;
    }

    List<String> products() {
        return products;
    }

    int size() {
        return ids.size();
    }

    int files() {
        return (ids.size() + PER_FILE - 1) / PER_FILE;
    }

    /** The browser's number of each document of the reader; -1 for deleted documents. */
    int[] numbersByDoc() {
        return byDoc;
    }

    /**
     * The payload of a file of results: for each number, the article's id (empty for none), title, URL, products,
     * date and the start of its symptoms.
     */
    byte[] file(int index) throws IOException {
        Packer p = new Packer();
        for (int n = index * PER_FILE; n < Math.min(ids.size(), (index + 1) * PER_FILE); n++) {
            int doc = docOf[n];
            if (doc < 0) {
                p.string("");
                continue;
            }
            p.bytes(packed(reader, doc));
        }
        return p.toByteArray();
    }

    /**
     * Whether the update that made this table numbered articles of the index that were neither numbered before nor
     * among the touched: the numbers it started from were out of step with the index.
     */
    boolean numberedOthers() {
        return numberedOthers;
    }

    /** The numbers of the articles that explain or inform ({@link InformationalPrior}), in order. */
    List<Integer> informational() throws IOException {
        List<Integer> out = new ArrayList<>();
        Map<String, int[]> known = INFORMATIONAL.get();
        Map<String, int[]> segments = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Optional<String> key = Segment.key(leaf);
            int[] docs = key.map(known::get).orElse(null);
            if (docs == null) {
                docs = informational(leaf.reader());
            }
            if (key.isPresent()) {
                segments.put(key.get(), docs);
            }
            for (int doc : docs) {
                int n = byDoc[leaf.docBase + doc];
                if (n >= 0) {
                    out.add(n);
                }
            }
        }
        // Only the segments of this index are kept.
        INFORMATIONAL.set(Map.copyOf(segments));
        out.sort(null);
        return out;
    }

    /** The documents of a segment, deleted or not, that explain or inform. */
    private static int[] informational(LeafReader segment) throws IOException {
        InformationalPrior.Types types = InformationalPrior.Types.of(segment);
        int[] out = new int[16];
        int n = 0;
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            if (types.informational(doc)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = doc;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The informational documents of the segments of the last index read, by segment ({@link Segment#key}): a segment
     * never changes once written, and an update adds a small one beside the others.
     */
    private static final BuildMemo<Map<String, int[]>> INFORMATIONAL = BuildMemo.of(Map.of());

    /**
     * The last runs made, with the products they were made from: an edit under kb serve rarely changes an article's
     * products, and the runs are a pass over every article's.
     */
    private static final BuildMemo<Runs> RUNS = BuildMemo.of(null);

    private record Runs(List<String> products, Map<String, List<int[]>> runs) {}

    /** The articles of each product, as runs of numbers: a start and a length, by product code. Not to be changed. */
    Map<String, List<int[]>> productRuns() {
        Runs last = RUNS.get();
        if (last != null && last.products().equals(products)) {
            return last.runs();
        }
        Map<String, List<int[]>> runs = runs(products);
        RUNS.set(new Runs(Collections.unmodifiableList(new ArrayList<>(products)), runs));
        return runs;
    }

    private static Map<String, List<int[]>> runs(List<String> products) {
        Map<String, List<int[]>> out = new TreeMap<>();
        for (int n = 0; n < products.size(); n++) {
            if (products.get(n).isEmpty()) {
                continue;
            }
            for (String code : products.get(n).split(" ", -1)) {
                List<int[]> runs = out.computeIfAbsent(code, c -> new ArrayList<>());
                int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last[0] + last[1] == n) {
                    last[1]++;
                } else {
                    runs.add(new int[] {n, 1});
                }
            }
        }
        return out;
    }

    private static String firstProduct(String products) {
        int space = products.indexOf(' ');
        return space < 0 ? products : products.substring(0, space);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
