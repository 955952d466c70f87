package dev.newsdesk.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Buffers a page or an API answer whole before sending it (Tomcat's default buffer is 8 KB, smaller than a result
 * page), so it goes out with a Content-Length in one write instead of in chunks. Text written through the response's
 * writer is encoded a whole string at a time ({@link StringEncodingWriter}), as the template engine hands over a
 * finished page in one string. Static files and actuator answers are left alone: they are sent with their length
 * already, and need no large buffer.
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
        chain.doFilter(request, new WholeStringResponse(response));
    }

    /** A response whose writer encodes each string it is given in one call, straight into the byte buffer. */
    private static final class WholeStringResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;

        WholeStringResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new StringEncodingWriter(getResponse().getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }
    }
}
