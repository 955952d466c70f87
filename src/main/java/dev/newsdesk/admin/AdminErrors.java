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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * How the admin endpoints answer when something goes wrong, in the portal's style: JSON
 * {@code {"status", "error", "message"}} for the API (with the running job's {@code id} on a 409), the problem page
 * for the admin page. 400 for a bad request, 404 for an unknown job, 409 for a state that forbids it, 503 while
 * Elasticsearch does not answer.
 */
@ControllerAdvice(basePackages = "dev.newsdesk.admin")
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    @ExceptionHandler(BadReindexRequest.class)
    Object bad(BadReindexRequest e, HandlerMethod handler) {
        return answer(handler, HttpStatus.BAD_REQUEST, "That reindex cannot be started", e.getMessage(), null);
    }

    @ExceptionHandler(JobNotFound.class)
    Object notFound(JobNotFound e, HandlerMethod handler) {
        return answer(handler, HttpStatus.NOT_FOUND, "Reindex job not found", e.getMessage(), null);
    }

    @ExceptionHandler(ReindexConflict.class)
    Object conflict(ReindexConflict e, HandlerMethod handler) {
        return answer(handler, HttpStatus.CONFLICT, "Not now", e.getMessage(), e.runningJobId());
    }

    @ExceptionHandler({IOException.class, ElasticsearchException.class})
    Object unavailable(Exception e, HandlerMethod handler) {
        log.warn("Elasticsearch could not serve an admin request: {}", e.toString());
        return answer(handler, HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch is unavailable",
                "Elasticsearch is not answering as expected (" + e.getMessage() + "). Nothing was changed; try again in a minute.", null);
    }

    private static Object answer(HandlerMethod handler, HttpStatus status, String title, String message, String jobId) {
        if (handler.getBeanType() == AdminPageController.class) {
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
