package dev.newsdesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An address the portal refuses to read (400): too long, too many parameters, or not valid percent-encoded UTF-8. */
final class UnreadableAddress extends ErrorResponseException {

    UnreadableAddress(String message) {
        super(HttpStatus.BAD_REQUEST, problem(message), null);
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("That address cannot be read");
        return problem;
    }
}
