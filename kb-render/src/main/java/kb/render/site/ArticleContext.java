package kb.render.site;

import java.util.List;
import java.util.Map;
import kb.model.ArticleId;
import kb.render.view.NavLink;
import kb.render.view.SiteView;
import kb.render.view.Span;

/**
 * Everything an article page shows besides the article itself: links to its products and keywords, the articles
 * citing it, related articles, its neighbours in its product, and what each id it mentions links to.
 */
public record ArticleContext(
        SiteView site,
        List<NavLink> products,
        List<NavLink> keywords,
        List<NavLink> breadcrumb,
        List<NavLink> citedBy,
        List<NavLink> related,
        NavLink previous,
        NavLink next,
        Map<ArticleId, Span> links) {}
