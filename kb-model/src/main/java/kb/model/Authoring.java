package kb.model;

import java.util.Objects;

/**
 * What an author adds to an article written today (Markdown front matter): who wrote it, a summary in their own words,
 * and whether it is still a draft. The archive formats have none of these.
 *
 * @param author who wrote the article, as given, or empty
 * @param summary the article in a sentence or two, or empty
 * @param draft whether it is a draft: left out of a published site, shown marked by {@code kb serve}
 */
public record Authoring(String author, String summary, boolean draft) {
    public static final Authoring NONE = new Authoring("", "", false);

    public Authoring {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
    }
}
