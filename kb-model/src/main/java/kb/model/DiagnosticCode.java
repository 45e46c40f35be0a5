package kb.model;

/**
 * Every problem kb reports about content, with its code as printed ({@code [KB012]}) and its severity. Each is
 * explained, with an input that causes it, in {@code docs/diagnostics.md}.
 */
public enum DiagnosticCode {
    /** The file holds NUL or other control bytes: it is not text. */
    BINARY_FILE("KB001", Severity.ERROR),
    /** The file starts with a UTF-8 byte order mark but is not UTF-8; it is read as Windows-1252. */
    BAD_UTF8("KB002", Severity.WARNING),
    /** A byte Windows-1252 leaves undefined; it is read as the code page 850 letter it was in the archive. */
    UNDEFINED_BYTE("KB003", Severity.WARNING),
    /** The file is in none of the formats kb reads. */
    NOT_AN_ARTICLE("KB004", Severity.ERROR),
    /** The file could not be read (permissions, or it vanished while kb was reading). */
    UNREADABLE_FILE("KB005", Severity.ERROR),
    /** A folder of the content could not be listed; the files in it are left out. */
    UNREADABLE_FOLDER("KB006", Severity.ERROR),
    /** The file is larger than an article may be; it is left out unread. */
    TOO_LARGE("KB007", Severity.ERROR),
    /** The article has no id, so it cannot be published. */
    NO_ID("KB010", Severity.ERROR),
    /** The article has no title. */
    NO_TITLE("KB011", Severity.WARNING),
    /** The article has a header but no body. */
    NO_BODY("KB012", Severity.WARNING),
    /** A raw KB header ends before its TITLE field. */
    TRUNCATED_HEADER("KB013", Severity.WARNING),
    /** Front matter opened with {@code ---} is never closed. */
    UNCLOSED_FRONT_MATTER("KB014", Severity.ERROR),
    /** A Jekyll page without its {@code ## Qnnn: title} heading; id and title come from the front matter. */
    NO_JEKYLL_HEADING("KB015", Severity.WARNING),
    /** A plain export's {@code Article:} field is not an article id. */
    BAD_ARTICLE_FIELD("KB020", Severity.ERROR),
    /** A plain export's {@code Article:} field names another id than its title line. */
    ARTICLE_FIELD_MISMATCH("KB021", Severity.WARNING),
    /** A date that is missing or not a date. */
    BAD_DATE("KB022", Severity.WARNING),
    /** A raw KB header field kb does not know. */
    UNKNOWN_HEADER_FIELD("KB023", Severity.WARNING),
    /** A Markdown front matter field kb does not know. */
    UNKNOWN_FRONT_MATTER_FIELD("KB030", Severity.WARNING),
    /** Markdown front matter that cannot be read. */
    BAD_FRONT_MATTER("KB031", Severity.ERROR),
    /** A front matter field kb cannot take as written: a map, an item that is not a text, a field given twice. */
    BAD_FRONT_MATTER_FIELD("KB032", Severity.WARNING),
    /** Two files claim the same id; the first in path order is kept. */
    DUPLICATE_ID("KB040", Severity.ERROR),
    /** A link to an article or a file that is not in the content. */
    BROKEN_LINK("KB050", Severity.WARNING),
    /** A link whose address must not be live ({@code javascript:}, a local disk); it is shown as text. */
    REFUSED_LINK("KB051", Severity.WARNING),
    /** kb failed on this file; the rest is read. A bug to report with the file. */
    INTERNAL_ERROR("KB090", Severity.ERROR),
    /** More diagnostics of one file than are listed. */
    MORE_NOT_SHOWN("KB099", Severity.INFO);

    private final String code;
    private final Severity severity;

    DiagnosticCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The code as printed: {@code KB012}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return code;
    }
}
