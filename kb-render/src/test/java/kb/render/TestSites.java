package kb.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusLoader;
import kb.model.parse.ArticleParser;
import kb.render.site.ArticleMeta;
import kb.render.site.Fingerprint;
import kb.render.site.Page;
import kb.render.site.SiteModel;
import kb.render.site.SitePlanner;
import kb.testing.ProjectFiles;

/** A site rendered in memory, for tests: its pages by path. */
final class TestSites {
    private TestSites() {}

    record Site(Map<String, String> pages, SitePlanner planner, List<Page> plan) {
        String page(String path) {
            String html = pages.get(path);
            if (html == null) {
                throw new AssertionError("no page " + path + " among " + pages.size());
            }
            return html;
        }
    }

    static Site render(List<Article> articles, SiteConfig config) {
        Corpus corpus = Corpus.of(articles, List.of());
        Map<ArticleId, Article> byId = new HashMap<>();
        corpus.articles().forEach(a -> byId.put(a.id(), a));
        List<ArticleMeta> metas = corpus.articles().stream()
                .map(a -> ArticleMeta.of(a, Fingerprint.of(a.toString()))).toList();
        SiteRenderer renderer = new SiteRenderer(config);
        SitePlanner planner = new SitePlanner(config, new SiteModel(metas, config.recentSize()), renderer.themeHash(),
                id -> List.of());
        List<Page> plan = planner.plan();
        Map<String, String> pages = new HashMap<>();
        for (Page p : plan) {
            pages.put(p.path(), new String(renderer.render(p, planner, byId::get).bytes(), StandardCharsets.UTF_8));
        }
        return new Site(pages, planner, plan);
    }

    static Site content() throws IOException {
        Corpus corpus = new CorpusLoader(ArticleParser.create()).load(ProjectFiles.content(), CorpusLoader.Progress.NONE);
        return render(List.copyOf(corpus.articles()), SiteConfig.defaults());
    }
}
