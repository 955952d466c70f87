package dev.newsdesk.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Buffers a page or an API answer whole before sending it (Tomcat's default buffer is 8 KB, smaller than a result
 * page), so it goes out with a Content-Length in one write instead of in chunks. Static files and actuator answers
 * are left alone: they are sent with their length already, and need no large buffer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WholeResponseBuffering extends OncePerRequestFilter {

    static final int BUFFER_BYTES = 128 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/actuator/")
                || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_BYTES);
        chain.doFilter(request, response);
    }
}
