package kb.render.view;

import java.util.List;

/**
 * An article page.
 *
 * @param id the id, {@code Q256211}
 * @param title the title
 * @param products links to the product pages
 * @param versions the versions as written
 * @param operatingSystems the operating systems
 * @param modified the last-modified date as written; {@code modifiedIso} as {@code 2000-06-25}, empty when unknown
 * @param issueType the issue type in words ("Bug" for {@code kbbug}), or empty
 * @param solutionType the solution type in words ("Fix" for {@code kbfix}), or empty
 * @param keywords links to the keyword pages
 * @param appliesTo the "applies to" list
 * @param sections the sections
 * @param citedBy links to the articles that cite this one
 * @param related links to related articles
 * @param breadcrumb home, product
 * @param previous the article before this one in its product, or null
 * @param next the article after this one in its product, or null
 * @param author who wrote it, or empty
 * @param summary the article in the author's own sentence or two, or empty
 * @param draft whether it is a draft (only a site built with drafts shows it)
 */
public record ArticleView(
        String id,
        String title,
        List<NavLink> products,
        String versions,
        List<String> operatingSystems,
        String modified,
        String modifiedIso,
        String issueType,
        String solutionType,
        List<NavLink> keywords,
        List<String> appliesTo,
        List<SectionView> sections,
        List<NavLink> citedBy,
        List<NavLink> related,
        List<NavLink> breadcrumb,
        NavLink previous,
        NavLink next,
        String author,
        String summary,
        boolean draft) {}
