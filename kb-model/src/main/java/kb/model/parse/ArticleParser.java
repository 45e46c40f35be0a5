package kb.model.parse;

import java.util.List;
import java.util.Optional;
import kb.model.Article;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.IdScheme;
import kb.model.SourceFormat;
import kb.model.parse.internal.Diagnostics;
import kb.model.parse.internal.Scanners;
import kb.model.parse.internal.TextDecoder;

/**
 * Reads one article from bytes or text, in any format kb knows, detected from the content. Never throws for bad
 * input: problems come back as diagnostics, and the article is absent only when no id could be found.
 *
 * <p>An {@code ArticleParser} is immutable and may be shared between threads.
 */
public final class ArticleParser {
    private static final int DETECTION_LINES = 40;

    private final SourceFormat forcedFormat;
    private final int maxDiagnostics;
    private final IdScheme ids;
    private final long maxBytes;

    /**
     * The largest file read as an article by default: far beyond any article (the archive's largest is under 1 MB),
     * and small enough that one stray log or dump cannot exhaust the memory every other article needs.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ArticleParser(Builder builder) {
        this.forcedFormat = builder.forcedFormat;
        this.maxDiagnostics = builder.maxDiagnostics;
        this.ids = builder.ids;
        this.maxBytes = builder.maxBytes;
    }

    /** The largest file this parser reads as an article; a larger one is left out with an error. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The error for a file larger than an article may be: how large, and the limit. */
    public Diagnostic tooLarge(String sourceName, long size) {
        return Diagnostic.of(
                sourceName,
                DiagnosticCode.TOO_LARGE,
                "the file is " + size(size) + ", more than the " + size(maxBytes)
                        + " an article may be; it is left out");
    }

    /** A size as people say it: {@code 104.9 MB}, {@code 4 KB}. */
    private static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }

    /** The ids articles are read with. */
    public IdScheme ids() {
        return ids;
    }

    public static ArticleParser create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decodes the bytes (UTF-8, else Windows-1252), then parses. */
    public ParseResult parse(String sourceName, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return new ParseResult(Optional.empty(), List.of(tooLarge(sourceName, bytes.length)));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(sourceName, bytes);
        if (decoded.binary()) {
            return new ParseResult(Optional.empty(), decoded.diagnostics());
        }
        Diagnostics diagnostics = new Diagnostics(sourceName, maxDiagnostics);
        diagnostics.addAll(decoded.diagnostics());
        return parse(decoded.text(), diagnostics);
    }

    /** Parses text already decoded. */
    public ParseResult parse(String sourceName, String text) {
        return parse(text, new Diagnostics(sourceName, maxDiagnostics));
    }

    private ParseResult parse(String text, Diagnostics diagnostics) {
        String source = diagnostics.source();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            // Said here for every format, the one given as well as the one detected.
            diagnostics.add(
                    Diagnostic.at(source, 1, DiagnosticCode.NOT_AN_ARTICLE, "not a KB article: the file is empty"));
            return new ParseResult(Optional.empty(), diagnostics.toList());
        }
        SourceFormat format = forcedFormat;
        if (format == null) {
            List<String> first = Scanners.firstLines(text, DETECTION_LINES);
            Detection detection = FormatDetector.detect(first);
            if (detection.format().isEmpty()) {
                diagnostics.add(Diagnostic.at(
                        source, 1, DiagnosticCode.NOT_AN_ARTICLE, "not a KB article: " + detection.reason()));
                return new ParseResult(Optional.empty(), diagnostics.toList());
            }
            format = detection.format().get();
        }
        Optional<Article> article;
        try {
            article = Scanners.scan(format, text, diagnostics, ids);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not stop a whole site: report it against the file and go on.
            // Where in the file is not known: the diagnostic points at its start, as an editor opens it.
            diagnostics.add(Diagnostic.at(
                    source,
                    1,
                    DiagnosticCode.INTERNAL_ERROR,
                    "internal error while reading this " + format + " article (" + e
                            + "; where in the file is not known); please report it with the file"));
            article = Optional.empty();
        }
        return new ParseResult(article, diagnostics.toList());
    }

    /** Options for an {@link ArticleParser}. */
    public static final class Builder {
        private SourceFormat forcedFormat;
        private int maxDiagnostics = 100;
        private IdScheme ids = IdScheme.ARCHIVE;
        private long maxBytes = MAX_BYTES;

        private Builder() {}

        /** The largest file read as an article (default {@link #MAX_BYTES}). */
        public Builder maxBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxBytes must be at least 1: " + max);
            }
            this.maxBytes = max;
            return this;
        }

        /** The ids articles may have, mention and link to besides the archive's Q numbers. */
        public Builder ids(IdScheme ids) {
            this.ids = java.util.Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** Reads every source as this format instead of detecting it; null to detect. */
        public Builder format(SourceFormat format) {
            this.forcedFormat = format;
            return this;
        }

        /** How many diagnostics to keep per source (at least 1). */
        public Builder maxDiagnostics(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxDiagnostics must be at least 1: " + max);
            }
            this.maxDiagnostics = max;
            return this;
        }

        public ArticleParser build() {
            return new ArticleParser(this);
        }
    }
}
