package dev.newsdesk.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps every answer in UTF-8, the charset every page declares: content negotiation would otherwise copy a charset
 * asked for in {@code Accept} ({@code text/html;charset=ISO-2022-JP}, {@code application/json;charset=UTF-16}) into the
 * response and encode it so. The request the app sees has {@code Accept} without its charset parameters.
 */
final class AlwaysUtf8 extends OncePerRequestFilter {

    private static final Pattern CHARSET_PARAMETER = Pattern.compile("\\s*;\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)",
            Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        if (accept == null || !CHARSET_PARAMETER.matcher(accept).find()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new WithoutAcceptedCharset(request), response);
    }

    /** Error pages negotiate their type too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String withoutCharset(String accept) {
        return CHARSET_PARAMETER.matcher(accept).replaceAll("");
    }

    private static final class WithoutAcceptedCharset extends HttpServletRequestWrapper {

        WithoutAcceptedCharset(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return "Accept".equalsIgnoreCase(name) && value != null ? withoutCharset(value) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            Enumeration<String> values = super.getHeaders(name);
            if (!"Accept".equalsIgnoreCase(name) || values == null) {
                return values;
            }
            return Collections.enumeration(Collections.list(values).stream().map(AlwaysUtf8::withoutCharset).toList());
        }
    }
}
