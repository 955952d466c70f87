package dev.newsdesk.search;

import dev.newsdesk.elasticsearch.ArticleDocument;

/** A keyword facet: the URL parameter that filters on it, the field it counts, and its label on the page. */
public enum Facet {
    OUTLET("outlet", ArticleDocument.OUTLET, "Outlet", "Outlet"),
    AGENCY("agency", ArticleDocument.AGENCY, "Agency", "Agency"),
    PERSON("person", ArticleDocument.PEOPLE, "People", "Person"),
    ORGANIZATION("organization", ArticleDocument.ORGANIZATIONS, "Organizations", "Organization"),
    PLACE("place", ArticleDocument.PLACES, "Places", "Place"),
    COLLECTION("collection", ArticleDocument.COLLECTIONS, "Collections", "Collection");

    private final String parameter;
    private final String field;
    private final String label;
    private final String singularLabel;

    Facet(String parameter, String field, String label, String singularLabel) {
        this.parameter = parameter;
        this.field = field;
        this.label = label;
        this.singularLabel = singularLabel;
    }

    /** The repeatable URL parameter that selects values, e.g. {@code person}. */
    public String parameter() {
        return parameter;
    }

    /** The URL parameter that excludes values, e.g. {@code not_person}. */
    public String exclusionParameter() {
        return "not_" + parameter;
    }

    /** The keyword field in the articles index. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** The label for one value, e.g. on a filter chip: "Person". */
    public String singularLabel() {
        return singularLabel;
    }
}
