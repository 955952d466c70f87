package dev.newsdesk.web;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.ModelAndView;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How the portal's pages and API answer when something goes wrong: a readable page for people, JSON with the same
 * message for programs. A feature reports what the user can act on by throwing an {@link ErrorResponseException}
 * whose problem detail has a title and a message (400 for parameters it cannot search with, 404 for unknown articles);
 * 503 while Elasticsearch does not answer (each request tries again, so the portal recovers by itself).
 */
@ControllerAdvice
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);
    /** Feed addresses (saved searches' Atom feeds) carry a secret token as their last segment. */
    private static final String FEEDS = "/feeds/";
    static final String UNAVAILABLE = "Search is unavailable right now: Elasticsearch is not answering. Try again in a minute.";

    @ExceptionHandler(ErrorResponseException.class)
    Object refused(ErrorResponseException e, HttpServletRequest request) {
        return answer(request, HttpStatus.valueOf(e.getStatusCode().value()), e.getBody().getTitle(), e.getBody().getDetail());
    }

    @ExceptionHandler(IOException.class)
    Object unreachable(IOException e, HttpServletRequest request) {
        log.warn("Elasticsearch did not answer {}: {}", loggable(request.getRequestURI()), e.toString());
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Search is unavailable", UNAVAILABLE);
    }

    @ExceptionHandler(ElasticsearchException.class)
    Object rejected(ElasticsearchException e, HttpServletRequest request) {
        if (e.status() >= 500 || "index_not_found_exception".equals(e.error().type())) {
            log.warn("Elasticsearch could not serve {}: {}", loggable(request.getRequestURI()), e.getMessage());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Search is unavailable",
                    "Search is unavailable right now: the article index is not ready. Try again in a minute.");
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
        if (wantsJson(request)) {
            ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                response.header("Retry-After", "30");
            }
            return response.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
        }
        ModelAndView page = new ModelAndView("problem", status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            page.addObject("retry", true);
        }
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("query", request.getParameter("q"));
        return page;
    }

    /** The JSON API, and admin endpoints called by programs (anything that does not ask for a page). */
    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/admin/") && (accept == null || !accept.contains("text/html"));
    }
}
