package kb.model;

import java.util.List;
import java.util.Objects;

/**
 * What an author adds to an article written today (Markdown front matter): who wrote it, a summary in their own words,
 * whether it is still a draft, and where it was before. The archive formats have none of these.
 *
 * @param author who wrote the article, as given, or empty
 * @param summary the article in a sentence or two, or empty
 * @param draft whether it is a draft: left out of a published site, shown marked by {@code kb serve}
 * @param aliases the site paths it was published at before ({@code old/sync-error.html}, {@code help/sync/}), which
 *     lead to it now
 */
public record Authoring(String author, String summary, boolean draft, List<String> aliases) {
    public static final Authoring NONE = new Authoring("", "", false, List.of());

    public Authoring {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
        aliases = List.copyOf(aliases);
    }
}
