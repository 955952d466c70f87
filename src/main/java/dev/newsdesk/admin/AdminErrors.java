package dev.newsdesk.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How the admin endpoints answer when something goes wrong, in the portal's style: the problem page for a browser
 * (it asks for HTML), else JSON {@code {"status", "error", "message"}} (with the running job's {@code id} on a 409). 400 for a bad request, 404 for an unknown job, 409 for a state that forbids it, 503 while
 * Elasticsearch does not answer.
 */
@ControllerAdvice(basePackages = "dev.newsdesk.admin")
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    @ExceptionHandler(BadReindexRequest.class)
    Object bad(BadReindexRequest e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "That reindex cannot be started", e.getMessage(), null);
    }

    @ExceptionHandler(JobNotFound.class)
    Object notFound(JobNotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Reindex job not found", e.getMessage(), null);
    }

    @ExceptionHandler(ReindexConflict.class)
    Object conflict(ReindexConflict e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Not now", e.getMessage(), e.runningJobId());
    }

    @ExceptionHandler({IOException.class, ElasticsearchException.class})
    Object unavailable(Exception e, HttpServletRequest request) {
        log.warn("Elasticsearch could not serve an admin request: {}", e.toString());
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch is unavailable",
                "Elasticsearch is not answering as expected (" + e.getMessage() + "). Nothing was changed; try again in a minute.", null);
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String title, String message, String jobId) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            ModelAndView page = new ModelAndView("problem", status);
            page.addObject("status", status.value());
            page.addObject("title", title);
            page.addObject("message", message);
            page.addObject("retry", status == HttpStatus.SERVICE_UNAVAILABLE);
            return page;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        if (jobId != null) {
            body.put("id", jobId);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", "30");
        }
        return response.body(body);
    }
}
