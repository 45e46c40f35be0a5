package kb.render.view;

import java.util.List;

/** The Atom feed and the sitemap: absolute URLs and dates. */
public record FeedView(String baseUrl, String updated, List<FeedEntry> entries) {

    /** One entry: absolute URL, title, update time ({@code 2000-06-25T00:00:00Z}), summary. */
    public record FeedEntry(String url, String id, String title, String updated, String summary) {}
}
