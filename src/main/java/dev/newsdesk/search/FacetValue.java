package dev.newsdesk.search;

/**
 * A value of a facet with its disjunctive count: the number of results once it is the facet's only selection.
 * {@code added} is set when the facet already has selections: how many results a click on it would add.
 */
public record FacetValue(String value, long count, Long added, boolean selected, boolean excluded) {
}
