package kb.search;

/**
 * A value of a facet (a product code, a year, an issue type), the name to show for it (a product's name; the value
 * itself for the others) and how many results have it.
 */
public record FacetCount(String value, String name, int count) {}
