package kb.search;

/** A value of a facet (a product code, a year, an issue type) and how many results have it. */
public record FacetCount(String value, int count) {}
