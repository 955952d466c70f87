package dev.newsdesk.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How every controller answers when something goes wrong, through {@link ErrorAnswers}: a feature reports what the
 * user can act on by throwing an {@link ErrorResponseException} (usually a {@link PortalProblem}) with a title and a
 * message; 503 while Elasticsearch does not answer (each request tries again, so the portal recovers by itself).
 */
@ControllerAdvice
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);
    /** Feed addresses (saved searches' Atom feeds) carry a secret token as their last segment. */
    private static final String FEEDS = "/feeds/";
    static final String UNAVAILABLE = "Search is unavailable right now: Elasticsearch is not answering. Try again in a minute.";
    static final String UNAVAILABLE_TITLE = "Search is unavailable";

    @ExceptionHandler(ErrorResponseException.class)
    Object refused(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        if (ErrorAnswers.forProgram(request)) {
            return ErrorAnswers.json(status, e.getBody().getDetail(), e.getBody().getProperties());
        }
        return ErrorAnswers.page(status, e.getBody().getTitle(), e.getBody().getDetail(), request.getParameter("q"));
    }

    @ExceptionHandler(IOException.class)
    Object unreachable(IOException e, HttpServletRequest request) {
        log.warn("Elasticsearch did not answer {}: {}", loggable(request.getRequestURI()), e.toString());
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, UNAVAILABLE);
    }

    @ExceptionHandler(ElasticsearchException.class)
    Object rejected(ElasticsearchException e, HttpServletRequest request) {
        if (e.status() >= 500 || "index_not_found_exception".equals(e.error().type())) {
            log.warn("Elasticsearch could not serve {}: {}", loggable(request.getRequestURI()), e.getMessage());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE,
                    "Search is unavailable right now: the index is not ready. Try again in a minute.");
        }
        log.info("Elasticsearch rejected {}: {}", loggable(request.getRequestURI()), e.getMessage());
        return answer(request, HttpStatus.BAD_REQUEST, "That search cannot be run",
                "Elasticsearch could not run this query. Simplify it, for example with fewer wildcards (*).");
    }

    /** A path as the log may show it: a feed's path ends in its secret token, which is left out. */
    static String loggable(String path) {
        return path.startsWith(FEEDS) ? path.substring(0, path.lastIndexOf('/') + 1) + "(token)" : path;
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String title, String message) {
        return ErrorAnswers.forProgram(request) ? ErrorAnswers.json(status, message, null)
                : ErrorAnswers.page(status, title, message, request.getParameter("q"));
    }
}
