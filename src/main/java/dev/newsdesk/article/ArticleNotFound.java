package dev.newsdesk.article;

/** No article has the requested id. */
public class ArticleNotFound extends RuntimeException {

    public ArticleNotFound(String id) {
        super("There is no article with id '" + id + "'. It may have been removed or re-indexed under another id.");
    }
}
