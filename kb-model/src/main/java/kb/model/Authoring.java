package kb.model;

import java.util.Objects;

/**
 * What an author adds to an article written today (Markdown front matter): who wrote it and a summary in their own
 * words. The archive formats have neither.
 *
 * @param author who wrote the article, as given, or empty
 * @param summary the article in a sentence or two, or empty
 */
public record Authoring(String author, String summary) {
    public static final Authoring NONE = new Authoring("", "");

    public Authoring {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
    }
}
