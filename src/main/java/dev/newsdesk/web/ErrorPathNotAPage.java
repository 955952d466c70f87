package dev.newsdesk.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /error} is where the container forwards failed requests, not a page: asked for directly, it is not found
 * (Spring Boot's error controller would answer 500 with status 999).
 */
final class ErrorPathNotAPage extends OncePerRequestFilter {

    static final String ERROR_PATH = "/error";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(ERROR_PATH) || path.startsWith(ERROR_PATH + "/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
