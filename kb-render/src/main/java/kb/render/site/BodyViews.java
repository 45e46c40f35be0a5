package kb.render.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.IdScheme;
import kb.model.Inline;
import kb.model.LinkTarget;
import kb.model.Mentions;
import kb.model.Section;
import kb.render.link.SitePaths;
import kb.render.view.BlockView;
import kb.render.view.SectionView;
import kb.render.view.Span;

/**
 * Turns an article's sections into views: every mention of an article made a link or marked missing, and every link
 * the author wrote pointed where it leads on the site (another article's page, a published file, the web), or left as
 * written when it leads nowhere, or shown as plain text when it must not be live.
 */
public final class BodyViews {
    private final Function<ArticleId, Span> articles;
    private final Function<String, String> files;
    private final String source;
    private final IdScheme ids;

    /**
     * @param articles the span for each id the article mentions or links to
     * @param files the link from the article's page to each file of the content folder its links name (another
     *     article's page, or the published file), or null for a file that does not exist
     * @param source the article's source file, from the content folder's root: relative links start from its folder
     * @param ids the ids articles are mentioned and linked by
     */
    public BodyViews(Function<ArticleId, Span> articles, Function<String, String> files, String source, IdScheme ids) {
        this.articles = articles;
        this.files = files;
        this.source = source;
        this.ids = ids;
    }

    /** Sections as views. Anchors are unique on the page. */
    public List<SectionView> sections(List<Section> sections) {
        Map<String, Integer> used = new HashMap<>();
        List<SectionView> out = new ArrayList<>();
        for (Section s : sections) {
            String base = s.heading().isEmpty() ? "overview" : anchor(s.heading());
            int n = used.merge(base, 1, Integer::sum);
            String anchor = n == 1 ? base : base + "-" + n;
            out.add(new SectionView(
                    s.heading(),
                    anchor,
                    s.kind().name().toLowerCase(Locale.ROOT),
                    blocks(s.blocks()),
                    spans(s.title(), false)));
        }
        return out;
    }

    /** {@code MORE INFORMATION} → {@code more-information}. */
    public static String anchor(String heading) {
        String a =
                heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return a.isEmpty() ? "section" : a;
    }

    private List<BlockView> blocks(List<Block> blocks) {
        List<BlockView> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(
                    switch (b) {
                        case Block.Paragraph p -> new BlockView.Text("p", spans(p.content(), true));
                        case Block.Preformatted p -> new BlockView.Text("pre", mentions(p.text()));
                        case Block.Subheading h -> new BlockView.Text("h" + h.level(), spans(h.content(), true));
                        case Block.Code c -> new BlockView.Code(c.language(), c.text());
                        case Block.BulletList l -> new BlockView.ListBlock("ul", items(l.items(), 1), l.tight(), 1);
                        case Block.NumberedList l -> {
                            int start = l.items().isEmpty()
                                    ? 1
                                    : Math.max(number(l.items().get(0).marker()), 0);
                            yield new BlockView.ListBlock("ol", items(l.items(), start), l.tight(), start);
                        }
                        case Block.Quote q -> new BlockView.Quote(blocks(q.blocks()));
                        case Block.Table t ->
                            new BlockView.Table(
                                    t.columns().stream()
                                            .map(a -> a == Block.Align.NONE
                                                    ? ""
                                                    : a.name().toLowerCase(Locale.ROOT))
                                            .toList(),
                                    cells(t.header()),
                                    t.rows().stream().map(this::cells).toList());
                        case Block.Rule r -> new BlockView.Rule();
                    });
        }
        return out;
    }

    private List<List<Span>> cells(Block.Row row) {
        return row.cells().stream().map(c -> spans(c, true)).toList();
    }

    /** Items as views; an item's number is given only where it is not the one the list would show. */
    private List<BlockView.ItemView> items(List<Block.ListItem> items, int start) {
        List<BlockView.ItemView> out = new ArrayList<>(items.size());
        int expected = start;
        for (Block.ListItem i : items) {
            int n = number(i.marker());
            String task = switch (i.task()) {
                case NONE -> "";
                case OPEN -> "open";
                case DONE -> "done";
            };
            out.add(new BlockView.ItemView(i.marker(), n >= 0 && n != expected ? n : 0, blocks(i.blocks()), task));
            expected = (n >= 0 ? n : expected) + 1;
        }
        return out;
    }

    /** The number a marker such as {@code 3.} or {@code 12)} gives, or -1 when it has none. */
    private static int number(String marker) {
        int end = 0;
        while (end < marker.length() && end < 9 && Character.isDigit(marker.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(marker.substring(0, end));
    }

    /** Inline content as spans; mentions of articles in its text are links unless it is inside a link already. */
    private List<Span> spans(List<Inline> content, boolean linkMentions) {
        if (content.size() == 1 && content.get(0) instanceof Inline.Text t) {
            return linkMentions ? mentions(t.text()) : List.of(Span.plain(t.text()));
        }
        List<Span> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            switch (i) {
                case Inline.Text t -> out.addAll(linkMentions ? mentions(t.text()) : List.of(Span.plain(t.text())));
                case Inline.Code c -> out.add(new Span("code", c.text(), "", ""));
                case Inline.Emphasis e -> out.add(Span.around("em", spans(e.content(), linkMentions)));
                case Inline.Strong s -> out.add(Span.around("strong", spans(s.content(), linkMentions)));
                case Inline.Strikethrough s -> out.add(Span.around("del", spans(s.content(), linkMentions)));
                case Inline.LineBreak b -> out.add(new Span("br", "", "", ""));
                case Inline.Link l -> out.addAll(link(l));
                case Inline.Image m -> out.add(image(m));
            }
        }
        return out;
    }

    /** A link where it leads; its text alone when it must not be live. */
    private List<Span> link(Inline.Link l) {
        List<Span> content = spans(l.content(), false);
        String href = switch (LinkTarget.of(l.target(), source, false, ids)) {
            case LinkTarget.Web w -> SitePaths.url(w.address());
            case LinkTarget.Anchor a -> SitePaths.url(l.target().strip());
            case LinkTarget.Article a -> {
                Span s = articles.apply(a.id());
                yield s.href().isEmpty() ? SitePaths.url(l.target()) : withFragment(s.href(), a.fragment());
            }
            case LinkTarget.File f -> {
                String to = files.apply(f.path());
                yield to == null ? SitePaths.url(l.target()) : withFragment(to, f.fragment());
            }
            case LinkTarget.Refused r -> null;
        };
        return href == null ? content : List.of(new Span("a", "", href, l.title(), content));
    }

    private Span image(Inline.Image m) {
        String src = switch (LinkTarget.of(m.source(), source, true, ids)) {
            case LinkTarget.Web w -> SitePaths.url(w.address());
            case LinkTarget.File f -> {
                String to = files.apply(f.path());
                yield to == null ? SitePaths.url(m.source()) : to;
            }
            // An image is a file or an address; anything else shows its text.
            case LinkTarget.Anchor a -> null;
            case LinkTarget.Article a -> null;
            case LinkTarget.Refused r -> null;
        };
        return src == null ? Span.plain(m.alt()) : new Span("img", m.alt(), src, m.title());
    }

    private static String withFragment(String href, String fragment) {
        return fragment.isEmpty() ? href : href + "#" + SitePaths.url(fragment);
    }

    /** The text cut into plain runs and mentions. */
    private List<Span> mentions(String text) {
        List<Mentions.Mention> found = ids.mentions(text);
        if (found.isEmpty()) {
            return List.of(Span.plain(text));
        }
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Mentions.Mention m : found) {
            if (m.start() > at) {
                out.add(Span.plain(text.substring(at, m.start())));
            }
            Span s = articles.apply(m.id());
            out.add(new Span(s.kind(), text.substring(m.start(), m.end()), s.href(), s.title()));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(Span.plain(text.substring(at)));
        }
        return out;
    }
}
