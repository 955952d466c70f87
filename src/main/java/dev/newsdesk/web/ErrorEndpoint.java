package dev.newsdesk.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the container sends what no controller answered (an unknown address, a wrong method, a page the security
 * layer refused, a crash): the same page or JSON as every other error. Asked for directly, {@code /error} is not a
 * page: 404.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        String path = uri instanceof String original ? original.substring(request.getContextPath().length()) : "";
        String message = messageFor(status);
        if (ErrorAnswers.forProgram(path, request.getHeader("Accept"))) {
            return ErrorAnswers.json(status, message, null);
        }
        return ErrorAnswers.page(status, titleFor(status), message, null);
    }

    private static String titleFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "Not allowed";
            case SERVICE_UNAVAILABLE -> PortalErrors.UNAVAILABLE_TITLE;
            default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
        };
    }

    private static String messageFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. It may have moved, or the link may be mistyped.";
            case FORBIDDEN -> "This needs a login with more rights, or the form was too old: go back, reload the page and try again.";
            case METHOD_NOT_ALLOWED -> "This address does not take that kind of request.";
            case SERVICE_UNAVAILABLE -> PortalErrors.UNAVAILABLE;
            default -> status.is5xxServerError() ? "The page could not be shown. Try again, or start a new search."
                    : "The request could not be served as it was sent.";
        };
    }
}
