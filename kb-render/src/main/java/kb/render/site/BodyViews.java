package kb.render.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.Mentions;
import kb.model.Section;
import kb.render.view.BlockView;
import kb.render.view.SectionView;
import kb.render.view.Span;

/** Turns an article's sections into views, with every mention of an article made a link or marked missing. */
public final class BodyViews {
    private BodyViews() {}

    /** Sections as views; {@code link} gives the span for each mentioned id. Anchors are unique on the page. */
    public static List<SectionView> sections(List<Section> sections, Function<ArticleId, Span> link) {
        Map<String, Integer> used = new HashMap<>();
        List<SectionView> out = new ArrayList<>();
        for (Section s : sections) {
            String base = s.heading().isEmpty() ? "overview" : anchor(s.heading());
            int n = used.merge(base, 1, Integer::sum);
            String anchor = n == 1 ? base : base + "-" + n;
            out.add(new SectionView(
                    s.heading(), anchor, s.kind().name().toLowerCase(Locale.ROOT), blocks(s.blocks(), link)));
        }
        return out;
    }

    /** {@code MORE INFORMATION} → {@code more-information}. */
    public static String anchor(String heading) {
        String a =
                heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return a.isEmpty() ? "section" : a;
    }

    private static List<BlockView> blocks(List<Block> blocks, Function<ArticleId, Span> link) {
        List<BlockView> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(
                    switch (b) {
                        case Block.Paragraph p -> new BlockView("p", spans(p.text(), link), List.of());
                        case Block.Preformatted p -> new BlockView("pre", spans(p.text(), link), List.of());
                        case Block.Subheading h -> new BlockView("h3", spans(h.text(), link), List.of());
                        case Block.BulletList l -> new BlockView("ul", List.of(), items(l.items(), link));
                        case Block.NumberedList l -> new BlockView("ol", List.of(), items(l.items(), link));
                    });
        }
        return out;
    }

    private static List<BlockView.ItemView> items(List<Block.ListItem> items, Function<ArticleId, Span> link) {
        return items.stream()
                .map(i -> new BlockView.ItemView(i.marker(), blocks(i.blocks(), link)))
                .toList();
    }

    /** The text cut into plain runs and mentions. */
    static List<Span> spans(String text, Function<ArticleId, Span> link) {
        List<Mentions.Mention> mentions = Mentions.find(text);
        if (mentions.isEmpty()) {
            return List.of(Span.plain(text));
        }
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Mentions.Mention m : mentions) {
            if (m.start() > at) {
                out.add(Span.plain(text.substring(at, m.start())));
            }
            Span s = link.apply(m.id());
            out.add(new Span(s.kind(), text.substring(m.start(), m.end()), s.href(), s.title()));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(Span.plain(text.substring(at)));
        }
        return out;
    }
}
