package dev.newsdesk.article;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** No article has the requested id (404). */
public class ArticleNotFound extends PortalProblem {

    public ArticleNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Article not found",
                "There is no article with id '" + shortened(id) + "'. It may have been removed or re-indexed under another id.");
    }

    /** An id as the message quotes it: a very long one is cut, so the page does not echo kilobytes back. */
    private static String shortened(String id) {
        return id.length() <= 120 ? id : id.substring(0, 120) + "…";
    }
}
