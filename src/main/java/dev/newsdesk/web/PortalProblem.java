package dev.newsdesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What a feature throws when it refuses a request: a status, a title for the page's heading and a sentence the
 * reader can act on. {@link PortalErrors} answers every one of them the same way, as a page or as JSON.
 */
public class PortalProblem extends ErrorResponseException {

    protected PortalProblem(HttpStatus status, String title, String message) {
        super(status, detail(status, title, message), null);
    }

    /** The sentence for the reader. */
    public String message() {
        return getBody().getDetail();
    }

    private static ProblemDetail detail(HttpStatus status, String title, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        return problem;
    }
}
