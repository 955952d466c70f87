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
                "There is no article with id '" + id + "'. It may have been removed or re-indexed under another id.");
        problem.setTitle("Article not found");
        return problem;
    }
}
