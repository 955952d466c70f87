package dev.newsdesk.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request parameter the portal cannot search with (400); the message tells the user what to change. */
public class InvalidSearchParameters extends ErrorResponseException {

    public InvalidSearchParameters(String message) {
        super(HttpStatus.BAD_REQUEST, problem(message), null);
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("That search cannot be run");
        return problem;
    }
}
