package kb.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kb.model.Article;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.parse.ArticleParser;
import kb.render.site.Page;
import kb.render.site.SiteConfig;
import kb.render.site.SiteModel;
import kb.render.site.SitePlanner;
import kb.testing.ProjectFiles;

/** A site rendered in memory, for tests: its pages by path. */
final class TestSites {
    private TestSites() {}

    record Site(Map<String, String> pages, Map<String, Page> plan) {
        String page(String path) {
            String html = pages.get(path);
            if (html == null) {
                throw new AssertionError("no page " + path + " among " + pages.size());
            }
            return html;
        }
    }

    static Site render(List<Article> articles, SiteConfig config) {
        return render(CorpusReader.of(articles), config);
    }

    static Site render(Corpus corpus, SiteConfig config) {
        SiteRenderer renderer = new SiteRenderer(config);
        SitePlanner planner = new SitePlanner(config, new SiteModel(corpus, config), id -> List.of(), corpus::article);
        Map<String, String> pages = new HashMap<>();
        Map<String, Page> plan = new HashMap<>();
        for (Supplier<Page> make : planner.plan()) {
            Page p = make.get();
            plan.put(p.path(), p);
            pages.put(
                    p.path(),
                    new String(renderer.render(p, corpus::article).orElseThrow().bytes(), StandardCharsets.UTF_8));
        }
        return new Site(pages, plan);
    }

    static Site content() {
        return render(
                new CorpusReader(ArticleParser.create()).readAll(ProjectFiles.content(), CorpusReader.Progress.NONE),
                SiteConfig.defaults());
    }
}
