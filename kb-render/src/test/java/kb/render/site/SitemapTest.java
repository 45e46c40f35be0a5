package kb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.render.SiteRenderer;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** A sitemap with more URLs than one file may hold is split into parts, listed by a sitemap index. */
class SitemapTest {
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");
    private final Corpus corpus =
            new CorpusReader(ArticleParser.create()).readAll(ProjectFiles.content(), CorpusReader.Progress.NONE);
    private final SiteConfig config = SiteConfig.defaults().withBaseUrl("https://example.com/kb/");

    /** The sitemap files of a site planned with this limit, by path. */
    private Map<String, String> sitemaps(int limit) {
        SiteRenderer renderer = new SiteRenderer(config);
        SitePlanner planner =
                new SitePlanner(config, new SiteModel(corpus, config), id -> List.of(), corpus::article, limit);
        Map<String, String> out = new LinkedHashMap<>();
        for (Supplier<Page> make : planner.plan()) {
            Page p = make.get();
            if (p.path().startsWith("sitemap")) {
                out.put(
                        p.path(),
                        new String(
                                renderer.render(p, corpus::article)
                                        .orElseThrow()
                                        .bytes(),
                                StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> locs(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aSitemapOverTheLimitIsSplitIntoPartsAndAnIndex() {
        Map<String, String> whole = sitemaps(SitePlanner.SITEMAP_LIMIT);
        assertThat(whole).containsOnlyKeys("sitemap.xml");
        List<String> urls = locs(whole.get("sitemap.xml"));
        assertThat(urls)
                .hasSize(1 + corpus.size() + 3)
                .contains(
                        "https://example.com/kb/",
                        "https://example.com/kb/kb/256/Q256211/",
                        "https://example.com/kb/id/sms/");

        Map<String, String> split = sitemaps(5);

        assertThat(split)
                .containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap-4.xml");
        assertThat(split.get("sitemap.xml")).contains("<sitemapindex");
        assertThat(locs(split.get("sitemap.xml")))
                .containsExactly(
                        "https://example.com/kb/sitemap-1.xml",
                        "https://example.com/kb/sitemap-2.xml",
                        "https://example.com/kb/sitemap-3.xml",
                        "https://example.com/kb/sitemap-4.xml");
        List<String> parts = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            List<String> part = locs(split.get("sitemap-" + n + ".xml"));
            assertThat(part).hasSizeBetween(1, 5);
            assertThat(split.get("sitemap-" + n + ".xml")).contains("<urlset");
            parts.addAll(part);
        }
        assertThat(parts).isEqualTo(urls);
    }
}
