package kb.model.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;

/**
 * What a corpus saw of each source file the last time it was read, saved between runs so that the next read parses
 * only the files that changed: the file's size, time and fingerprint, the summary of the article it held (with the
 * product codes the file itself gives), and its diagnostics.
 *
 * @param sources each source file by name, in path order
 * @param drafts whether the corpus read then took the drafts in
 * @param ids the pattern of the team's ids the sources were read with (empty for the archive's ids alone)
 */
public record CorpusState(Map<String, Source> sources, boolean drafts, String ids) {
    private static final int MAGIC = 0x4b42434f; // "KBCO"
    private static final int VERSION = 6;
    private static final long NO_DATE = Long.MIN_VALUE;
    private static final Map<String, DiagnosticCode> CODES = java.util.Arrays.stream(DiagnosticCode.values())
            .collect(java.util.stream.Collectors.toMap(DiagnosticCode::code, c -> c));

    public CorpusState {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** A source file as last read: size and time to notice a change, its fingerprint, what it gave. */
    public record Source(
            long size,
            long modified,
            long fingerprint,
            Optional<ArticleSummary> summary,
            List<Diagnostic> diagnostics) {
        public Source {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The state saved in a file. */
    public static BinaryReader.Result<CorpusState> read(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, CorpusState::read);
    }

    private static CorpusState read(BinaryReader in) {
        boolean drafts = in.getByte() != 0;
        String ids = in.getString();
        int n = in.count(in.getInt(), 8);
        Map<String, Source> sources = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String path = in.getString();
            long size = in.getLong();
            long modified = in.getLong();
            long fingerprint = in.getLong();
            Optional<ArticleSummary> summary =
                    in.getByte() != 0 ? Optional.of(readSummary(in, path, fingerprint)) : Optional.empty();
            int d = in.count(in.getInt(), 16);
            List<Diagnostic> diagnostics = new ArrayList<>(d);
            for (int k = 0; k < d; k++) {
                int line = in.getInt();
                int column = in.getInt();
                String code = in.getString();
                DiagnosticCode known = CODES.get(code);
                if (known == null) {
                    throw new IllegalStateException("no diagnostic code " + code);
                }
                diagnostics.add(new Diagnostic(path, line, column, known, in.getString()));
            }
            sources.put(path, new Source(size, modified, fingerprint, summary, diagnostics));
        }
        return new CorpusState(sources, drafts, ids);
    }

    /** Writes the state to a temporary file and moves it into place, so a crash leaves the old one whole. */
    public void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            out.putByte(drafts ? 1 : 0);
            out.putString(ids);
            out.putInt(sources.size());
            for (Map.Entry<String, Source> e : sources.entrySet()) {
                Source s = e.getValue();
                out.putString(e.getKey())
                        .putLong(s.size())
                        .putLong(s.modified())
                        .putLong(s.fingerprint());
                out.putByte(s.summary().isPresent() ? 1 : 0);
                if (s.summary().isPresent()) {
                    writeSummary(out, s.summary().get());
                }
                out.putInt(s.diagnostics().size());
                for (Diagnostic d : s.diagnostics()) {
                    out.putInt(d.line())
                            .putInt(d.column())
                            .putString(d.code().code())
                            .putString(d.message());
                }
            }
            out.commit(this);
        }
    }

    private static void writeSummary(BinaryWriter out, ArticleSummary m) throws IOException {
        out.putId(m.id());
        out.putString(m.title());
        out.putStrings(m.productCodes()).putStrings(m.productNames()).putStrings(m.keywords());
        out.putLong(m.modified() == null ? NO_DATE : m.modified().toEpochDay());
        out.putString(m.modifiedWritten());
        out.putInt(m.cites().size());
        for (ArticleId id : m.cites()) {
            out.putId(id);
        }
        out.putInt(m.links().size());
        for (SiteLink l : m.links()) {
            out.putByte(l.article() ? 1 : 0)
                    .putString(l.target())
                    .putInt(l.line())
                    .putInt(l.column());
        }
        out.putByte(m.draft() ? 1 : 0);
        out.putStrings(m.aliases());
    }

    private static ArticleSummary readSummary(BinaryReader in, String source, long fingerprint) {
        ArticleId id = in.getId();
        String title = in.getString();
        List<String> codes = in.getStrings();
        List<String> names = in.getStrings();
        List<String> keywords = in.getStrings();
        long day = in.getLong();
        String written = in.getString();
        int n = in.count(in.getInt(), Integer.BYTES);
        List<ArticleId> cites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cites.add(in.getId());
        }
        int k = in.count(in.getInt(), Integer.BYTES * 2 + 1);
        List<SiteLink> links = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            links.add(new SiteLink(in.getByte() == 1, in.getString(), in.getInt(), in.getInt()));
        }
        boolean draft = in.getByte() == 1;
        List<String> aliases = in.getStrings();
        return new ArticleSummary(
                id,
                title,
                source,
                fingerprint,
                codes,
                names,
                keywords,
                day == NO_DATE ? null : LocalDate.ofEpochDay(day),
                written,
                cites,
                links,
                draft,
                aliases);
    }
}
