package dev.newsdesk.article;

import java.time.LocalDate;

import dev.newsdesk.search.SearchLinks;

/** An article like the one on the page, by {@code more_like_this}. */
public record RelatedArticle(String id, String title, String outlet, LocalDate published) {

    public String url() {
        return SearchLinks.article(id);
    }
}
