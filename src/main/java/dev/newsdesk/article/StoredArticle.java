package dev.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.SearchLinks;

/** An article of the index with its id: the JSON API's answer (the stored fields at the top level) and the page's model. */
public record StoredArticle(String id, @JsonUnwrapped ArticleDocument document) {

    /** The article page's address. */
    public String link() {
        return SearchLinks.article(id);
    }
}
