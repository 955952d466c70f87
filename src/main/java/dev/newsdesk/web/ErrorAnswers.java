package dev.newsdesk.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the portal answers a request it cannot serve: for a program, JSON {@code {"status", "error", "message"}}
 * (and any property the problem carries, such as a running job's {@code id}); for a person, the error page. A 503
 * says when to try again. The exception handlers, the error endpoint and the security layer all answer through here.
 */
public final class ErrorAnswers {

    static final String VIEW = "error";
    private static final String RETRY_AFTER_SECONDS = "30";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorAnswers() {
    }

    /** Calls from programs: the JSON API, and admin endpoints asked for anything but a page. */
    public static boolean forProgram(HttpServletRequest request) {
        return forProgram(request.getRequestURI().substring(request.getContextPath().length()), request.getHeader("Accept"));
    }

    static boolean forProgram(String path, String accept) {
        return path.startsWith("/api/") || path.startsWith("/admin/") && (accept == null || !accept.contains("text/html"));
    }

    static ResponseEntity<Map<String, Object>> json(HttpStatus status, String message, Map<String, Object> properties) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.body(body(status, message, properties));
    }

    static ModelAndView page(HttpStatus status, String title, String message, String query) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("problem", new ErrorPage(status.value(), title, message, status == HttpStatus.SERVICE_UNAVAILABLE, query));
        return page;
    }

    /** For filters, which answer before any controller: the same JSON, written straight to the response. */
    public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body(status, message, null)));
    }

    private static Map<String, Object> body(HttpStatus status, String message, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        if (properties != null) {
            properties.forEach(body::putIfAbsent);
        }
        return body;
    }
}
