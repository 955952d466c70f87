package dev.newsdesk.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import dev.newsdesk.web.ErrorAnswers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 for calls from programs (the JSON API, admin endpoints asked for anything but a page), as JSON
 * {@code {"status", "error", "message"}} through {@link ErrorAnswers}, like the portal's other errors, instead of a redirect to the login page that
 * a script cannot follow. The 401 carries an HTTP Basic challenge.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** What a correct login is told while the accounts cannot be read: not that it was wrong. */
    static final String SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now: the search engine that keeps the accounts does not answer. Try again in a minute.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            write(response, HttpStatus.SERVICE_UNAVAILABLE, SIGN_IN_UNAVAILABLE);
            return;
        }
        if (e instanceof InvalidApiToken) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Newsdesk\", error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Newsdesk\"");
        write(response, HttpStatus.UNAUTHORIZED, e instanceof LoginThrottled ? e.getMessage()
                : "Log in first: send an API token (Authorization: Bearer ...) or HTTP Basic credentials of a Newsdesk account, or use the login page.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (!signedIn() && request.getHeader("Authorization") == null) {
            // A POST without any login fails the CSRF check before it reaches the login check: say what is missing first.
            commence(request, response, null);
            return;
        }
        write(response, HttpStatus.FORBIDDEN, e instanceof CsrfException
                ? "This request needs the page's CSRF token; a script should send an API token or HTTP Basic credentials instead."
                : "This needs a role the signed-in user does not have (the admin pages and endpoints need ADMIN).");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        ErrorAnswers.write(response, status, message);
    }
}
