package kb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One knowledge-base article, whatever format it was read from.
 *
 * @param id the article's id
 * @param title the title, HTML entities decoded
 * @param modified the last-modified date
 * @param productCodes the short product codes ({@code sms} from {@code [sms]})
 * @param productNames the product names ({@code Microsoft Systems Management Server})
 * @param versions the versions it applies to
 * @param operatingSystems the operating systems named in the header
 * @param keywords the keywords, split on spaces and {@code |}
 * @param appliesTo the "applies to" list, one product and version per entry
 * @param sections the sections in order; at least one
 * @param references the other articles it mentions, once per target and section
 * @param queryWords the "Additional query words"
 * @param footer the fields after the last divider
 * @param source where it was read from
 * @param authoring its author and summary, when the format gives them
 */
public record Article(
        ArticleId id,
        String title,
        Modified modified,
        List<String> productCodes,
        List<String> productNames,
        Versions versions,
        List<String> operatingSystems,
        List<String> keywords,
        List<String> appliesTo,
        List<Section> sections,
        List<Reference> references,
        List<String> queryWords,
        Footer footer,
        Source source,
        Authoring authoring) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modified, "modified");
        productCodes = List.copyOf(productCodes);
        productNames = List.copyOf(productNames);
        Objects.requireNonNull(versions, "versions");
        operatingSystems = List.copyOf(operatingSystems);
        keywords = List.copyOf(keywords);
        appliesTo = List.copyOf(appliesTo);
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        queryWords = List.copyOf(queryWords);
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(authoring, "authoring");
    }

    /** The products this article is listed under: its codes, or for an article without codes its names. */
    public List<String> productKeys() {
        return productKeys(productCodes, productNames);
    }

    /** Product codes, or the names where there are no codes: what lists, facets and filters group articles by. */
    public static List<String> productKeys(List<String> codes, List<String> names) {
        return codes.isEmpty() ? names : codes;
    }

    /** The first section of the given kind. */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** This article as read from another place. */
    public Article withSource(Source other) {
        return new Article(
                id,
                title,
                modified,
                productCodes,
                productNames,
                versions,
                operatingSystems,
                keywords,
                appliesTo,
                sections,
                references,
                queryWords,
                footer,
                other,
                authoring);
    }

    /** This article with its product codes set (for formats that do not carry them). */
    public Article withProductCodes(List<String> codes) {
        return new Article(
                id,
                title,
                modified,
                codes,
                productNames,
                versions,
                operatingSystems,
                keywords,
                appliesTo,
                sections,
                references,
                queryWords,
                footer,
                source,
                authoring);
    }

    /**
     * True when both hold the same article, whatever file and format each was read from: everything but the source
     * and the sections' line numbers must be equal.
     */
    public boolean sameContentAs(Article other) {
        return withoutPositions().equals(other.withSource(source).withoutPositions());
    }

    private Article withoutPositions() {
        List<Section> unplaced = sections.stream()
                .map(s -> new Section(s.heading(), s.kind(), s.blocks(), 0, s.title()))
                .toList();
        return new Article(
                id,
                title,
                modified,
                productCodes,
                productNames,
                versions,
                operatingSystems,
                keywords,
                appliesTo,
                unplaced,
                references,
                queryWords,
                footer,
                source,
                authoring);
    }
}
