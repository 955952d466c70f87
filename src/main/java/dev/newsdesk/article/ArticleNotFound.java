package dev.newsdesk.article;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No article has the requested id (404). */
public class ArticleNotFound extends ErrorResponseException {

    public ArticleNotFound(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no article with id '" + shortened(id) + "'. It may have been removed or re-indexed under another id.");
        problem.setTitle("Article not found");
        return problem;
    }

    /** An id as the message quotes it: a very long one is cut, so the page does not echo kilobytes back. */
    private static String shortened(String id) {
        return id.length() <= 120 ? id : id.substring(0, 120) + "…";
    }
}
