package kb.model;

/** The input formats kb reads. */
public enum SourceFormat {
    /** The archive's raw text: {@code DOCUMENT:Qnnn  DD-MON-YYYY  [code]} header, CRLF, cp1252. */
    RAW_KB,
    /** A Jekyll page: front matter, a {@code ## Qnnn: title} heading and the article indented by one tab. */
    JEKYLL,
    /** A plain export: {@code Qnnn: title}, then {@code Article:} / {@code Product(s):} lines. */
    PLAIN_EXPORT,
    /** Markdown with YAML front matter, for articles written today. */
    MARKDOWN
}
