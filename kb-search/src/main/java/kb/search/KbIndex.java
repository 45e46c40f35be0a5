package kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.ProductNames;
import kb.model.SectionKind;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.IndexedProductNames;
import kb.search.schema.IndexedText;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.KbSimilarity;
import kb.search.schema.NamedProducts;
import kb.search.schema.ProductMentions;
import kb.search.schema.RelatedWords;
import kb.search.schema.Shown;
import kb.search.schema.TermPlaces;
import kb.search.schema.WeightedTerms;
import kb.search.schema.WholeMessages;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of a site's articles. One writer per index folder, shared by the threads adding to it; articles
 * are upserted by id. Close it to commit.
 */
public final class KbIndex implements AutoCloseable {
    /** How much an occurrence of a word counts in the about field, by where it is; tuned on the development sets. */
    static final int TITLE_WEIGHT = 6;
    /** The article's own id counts more than any mention of it elsewhere. */
    static final int ID_WEIGHT = 12;
    /** An archive id as the analysis writes it: {@code q256211}. */
    private static final Pattern ARCHIVE_ID = Pattern.compile("q\\d{3,9}");

    static final int SYMPTOMS_WEIGHT = 4;
    static final int KEYWORDS_WEIGHT = 3;
    static final int CAUSE_WEIGHT = 2;
    /** A word of the same meaning as a word of the title ({@link RelatedWords}). */
    static final int RELATED_WEIGHT = 1;

    /**
     * The fields and their analysis, as {@link #document} makes them, and the table of related words: an index of
     * another schema is made again.
     */
    static final String SCHEMA = "18." + RelatedWords.VERSION;

    private static final String SCHEMA_KEY = "kb.schema";
    /** Words matched one by one only (spelling suggestions, typo tolerance): no positions. */
    private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_ONLY.freeze();
    }

    private final Directory directory;
    /** Whether this object opened the directory, and so closes it. */
    private final boolean ownsDirectory;

    private final IndexWriter writer;
    private final Analyzer analyzer = KbAnalyzers.perField();

    private KbIndex(Directory directory, boolean owns, boolean create) throws IOException {
        RelatedWords.prepare();
        this.directory = directory;
        this.ownsDirectory = owns;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(KbSimilarity.get())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(256)
                // A compound file is a copy of a segment's files in one: for the one big segment of a new index, time
                // for nothing; for the small ones an update adds, fewer files to write and sync.
                .setUseCompoundFile(!create);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> data = new HashMap<>();
        if (!create && DirectoryReader.indexExists(directory)) {
            data.putAll(SegmentInfos.readLatestCommit(directory).getUserData());
        }
        data.put(SCHEMA_KEY, SCHEMA);
        writer.setLiveCommitData(data.entrySet());
    }

    /**
     * Shows these names for product codes instead of the ones the articles give (the names a knowledge base's settings
     * give), from the next commit on; empty to show the articles' own.
     */
    public void showProductNames(Map<String, String> names) {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        String encoded = IndexedProductNames.encode(names);
        if (encoded.equals(data.getOrDefault(IndexedProductNames.COMMIT_KEY, ""))) {
            return;
        }
        if (encoded.isEmpty()) {
            data.remove(IndexedProductNames.COMMIT_KEY);
        } else {
            data.put(IndexedProductNames.COMMIT_KEY, encoded);
        }
        writer.setLiveCommitData(data.entrySet(), true);
    }

    /** The product names the index in a folder was told to show; none when it has none or cannot be read. */
    public static Map<String, String> shownProductNames(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d)
                    ? IndexedProductNames.shown(SegmentInfos.readLatestCommit(d).getUserData())
                    : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Whether a folder holds an index this version of kb can update and search, and if not, why. */
    public sealed interface Status {
        /** A whole index of this version's fields. */
        record Current() implements Status {}

        /** There is no index. */
        record Missing() implements Status {}

        /** There is an index, but it cannot be used: damaged, or made by a kb with other fields. */
        record Unusable(String reason) implements Status {}
    }

    /** A file's size and time: a file of an index whose checksum matched and whose stamp is the same still matches. */
    public record Stamp(long size, long modifiedMillis) {}

    /** Checks that a folder holds an index of this version's fields whose commit can be read and opened for search. */
    public static Status check(Path dir) {
        return verify(dir, null);
    }

    /**
     * Checks that a folder holds an index of this version's fields whose commit can be read, and every file of the
     * commit against its checksum (Lucene's own check of a file, which reads it whole), but for the files whose stamp is
     * in {@code trusted}: Lucene never changes a file once written, so one whose checksum matched and whose size and
     * time are the same still matches. With no stamps, the index is opened for search instead.
     */
    public static Status verify(Path dir, Map<String, Stamp> trusted) {
        if (!Files.isDirectory(dir)) {
            return new Status.Missing();
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return new Status.Missing();
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(d);
            String schema = commit.getUserData().get(SCHEMA_KEY);
            if (!SCHEMA.equals(schema)) {
                return new Status.Unusable(
                        "it was made by another version of kb (fields " + schema + ", not " + SCHEMA + ")");
            }
            if (trusted == null) {
                DirectoryReader.open(d).close();
            } else {
                // Every file of the commit is there, and those not checked before match their checksums.
                for (String file : commit.files(true)) {
                    if (!stamp(dir.resolve(file)).equals(trusted.get(file))) {
                        try (IndexInput in = d.openInput(file, IOContext.READONCE)) {
                            CodecUtil.checksumEntireFile(in);
                        }
                    }
                }
            }
            return new Status.Current();
        } catch (IOException | RuntimeException e) {
            return new Status.Unusable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The stamps of the files of an index's commit. */
    public static Map<String, Stamp> stamps(Path dir) throws IOException {
        Map<String, Stamp> out = new HashMap<>();
        try (Directory d = FSDirectory.open(dir)) {
            for (String file : SegmentInfos.readLatestCommit(d).files(true)) {
                out.put(file, stamp(dir.resolve(file)));
            }
        }
        return out;
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(a.size(), a.lastModifiedTime().toMillis());
    }

    /** Opens the index in a folder; {@code create} starts it empty. */
    public static KbIndex open(Path dir, boolean create) throws IOException {
        return new KbIndex(FSDirectory.open(dir), true, create);
    }

    /** Opens an index in a directory of the caller's (tests use an in-memory one). */
    public static KbIndex open(Directory directory, boolean create) throws IOException {
        return new KbIndex(directory, false, create);
    }

    /** Adds the article, or replaces the one with its id. Safe from many threads. */
    public void put(Article a, String url) throws IOException {
        writer.updateDocument(new Term(Fields.ID, a.id().value()), document(a, url));
    }

    /**
     * Adds an article the index does not hold, as none is in an index just created: cheaper than {@link #put}, which
     * also looks for an older version to replace. Safe from many threads.
     */
    public void add(Article a, String url) throws IOException {
        writer.addDocument(document(a, url));
    }

    /** What the index holds of these articles' texts now; an article it does not hold is left out. */
    public Map<ArticleId, IndexedText> texts(Collection<ArticleId> ids) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return texts(reader, ids);
        }
    }

    /** What an index holds of these articles' texts; an article it does not hold is left out. */
    public static Map<ArticleId, IndexedText> texts(IndexReader reader, Collection<ArticleId> ids) throws IOException {
        Map<ArticleId, IndexedText> out = new HashMap<>();
        StoredFields stored = reader.storedFields();
        for (ArticleId id : ids) {
            for (int doc : liveDocs(reader, new Term(Fields.ID, id.value()))) {
                out.put(id, IndexedText.read(stored, doc));
            }
        }
        return out;
    }

    /** The live documents that have a term, in order. */
    public static int[] liveDocs(IndexReader reader, Term term) throws IOException {
        IntStream.Builder out = IntStream.builder();
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum pe = leaf.reader().postings(term, PostingsEnum.NONE);
            if (pe == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.add(leaf.docBase + doc);
                }
            }
        }
        return out.build().toArray();
    }

    public void delete(ArticleId id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id.value()));
    }

    /** The about field's terms: each part's terms, counted with the part's weight. */
    public static WeightedTerms about(
            AnalysedText id, AnalysedText title, AnalysedText symptoms, AnalysedText keywords, AnalysedText cause) {
        Set<String> own = new HashSet<>(id.terms());
        // Another article's Q number is not what this one is about: where it is mentioned, the exact and body fields
        // find it; here only the article's own id counts, so that the id typed finds the article first.
        WeightedTerms about = new WeightedTerms()
                .add(title, TITLE_WEIGHT)
                .add(symptoms, SYMPTOMS_WEIGHT)
                .add(keywords, KEYWORDS_WEIGHT)
                .add(cause, CAUSE_WEIGHT)
                .without(t -> ARCHIVE_ID.matcher(t).matches() && !own.contains(t))
                .add(id, ID_WEIGHT);
        // The words of the same meaning as the title's, so that a user's own word finds the article that puts it
        // otherwise: each counted once, less than any word the article has. The symptoms' are left out: their many
        // words' meanings drowned the title's and lengthened every article.
        for (int i = 0; i < title.size(); i++) {
            for (String related : RelatedWords.of(title.term(i))) {
                if (about.frequency(related) == 0) {
                    about.add(related, RELATED_WEIGHT);
                }
            }
        }
        return about;
    }

    private Document document(Article a, String url) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, a.id().value(), Field.Store.YES));
        Set<String> mentions = ProductMentions.of(a.appliesTo());
        IndexedText text = IndexedText.of(a, mentions);
        text.store(doc);
        // The title, symptoms and cause are analysed once: for their own fields (phrases) and for the about field.
        AnalysedText title = AnalysedText.of(analyzer, Fields.TITLE, text.title());
        AnalysedText symptomTerms = AnalysedText.of(analyzer, Fields.SYMPTOMS, text.symptoms());
        AnalysedText causeTerms = AnalysedText.of(analyzer, Fields.CAUSE, text.cause());
        AnalysedText keywords = AnalysedText.of(analyzer, Fields.ABOUT, text.aboutKeywords());
        doc.add(new Field(Fields.TITLE, title.replay(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(Fields.SYMPTOMS, symptomTerms.replay(), TextField.TYPE_NOT_STORED));
        // Where the symptoms' words stand: snippets are cut around them without analysing the text again.
        doc.add(new BinaryDocValuesField(Fields.SYMPTOM_PLACES, TermPlaces.encode(symptomTerms)));
        doc.add(new Field(Fields.CAUSE, causeTerms.replay(), TextField.TYPE_NOT_STORED));
        AnalysedText id = AnalysedText.of(analyzer, Fields.ABOUT, text.id());
        doc.add(new Field(
                Fields.ABOUT, about(id, title, symptomTerms, keywords, causeTerms).stream(), WeightedTerms.TYPE));
        doc.add(new TextField(
                Fields.RESOLUTION, Fields.sections(a, SectionKind.RESOLUTION, SectionKind.WORKAROUND), Field.Store.NO));
        doc.add(new TextField(Fields.BODY, Fields.rest(a), Field.Store.NO));
        // The messages are analysed once too: for their own field (phrases) and for their word pairs.
        AnalysedText messages = AnalysedText.of(analyzer, Fields.MESSAGES, text.messages());
        doc.add(new Field(Fields.MESSAGES, messages.replay(), TextField.TYPE_NOT_STORED));
        WholeMessages.index(doc, WholeMessages.of(analyzer, text.messages()));
        // Word pairs of the title and of the quoted messages: the phrases of the search that runs in the browser.
        doc.add(new Field(Fields.PAIRS, WordPairs.of(title, messages).stream(), WordPairs.TYPE));
        doc.add(new Field(Fields.WORDS, text.words(), WORDS_ONLY));
        // Pasted tokens are looked for where users' messages are quoted: the title, the symptoms and the cause.
        doc.add(new TextField(Fields.EXACT, text.exact(), Field.Store.NO));
        List<String> products = a.productKeys();
        NamedProducts.index(doc, NamedProducts.terms(analyzer, mentions), products);
        List<String> names = ProductNames.ofKeys(a.productCodes(), a.productNames());
        for (int i = 0; i < products.size(); i++) {
            String code = products.get(i);
            doc.add(new StringField(Fields.PRODUCT, code.toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.PRODUCT, new BytesRef(code)));
            doc.add(new StringField(Fields.PRODUCT_NAME, code + '\t' + names.get(i), Field.Store.NO));
        }
        String year = a.modified().date() == null
                ? "undated"
                : Integer.toString(a.modified().date().getYear());
        doc.add(new StringField(Fields.YEAR, year, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(Fields.YEAR, new BytesRef(year)));
        String issue = a.footer().issueType().isEmpty() ? "none" : a.footer().issueType();
        doc.add(new SortedSetDocValuesField(Fields.ISSUE_TYPE, new BytesRef(issue)));
        String date = a.modified().date() == null
                ? a.modified().written()
                : a.modified().date().toString();
        doc.add(new StoredField(Fields.URL, url));
        doc.add(new StoredField(Fields.DATE, date));
        doc.add(new StoredField(Fields.PRODUCTS, String.join(" ", products)));
        doc.add(new BinaryDocValuesField(
                Fields.SHOWN,
                Shown.of(a.id().value(), text.title(), url, String.join(" ", products), date, text.symptoms())
                        .encode()));
        return doc;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        if (ownsDirectory) {
            directory.close();
        }
    }
}
