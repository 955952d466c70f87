package dev.newsdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses addresses the portal will not read, with its own 400 page or JSON rather than the servlet container's: longer
 * than {@value #MAX_ADDRESS_LENGTH} characters, more than {@value #MAX_PARAMETERS} parameters, or a query string that
 * is not percent-encoded UTF-8. As a filter it checks the raw address before anything parses it and hides the query
 * and its parameters from everything that follows (so nothing trips over them, the error page included); as an
 * interceptor it raises the refusal inside Spring MVC, where {@link PortalErrors} answers it like every other error.
 */
final class AddressLimits extends OncePerRequestFilter implements HandlerInterceptor {

    static final int MAX_ADDRESS_LENGTH = 16_384;
    static final int MAX_PARAMETERS = 1_000;
    private static final String REFUSAL = AddressLimits.class.getName() + ".refusal";
    private static final int QUOTED_LENGTH = 60;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UnreadableAddress refusal = check(request.getRequestURI(), request.getQueryString());
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(REFUSAL, refusal);
        chain.doFilter(new WithoutQuery(request), response);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(REFUSAL) instanceof UnreadableAddress refusal) {
            throw refusal;
        }
        return true;
    }

    /**
     * Why the address cannot be read, or null when it can. One pass over the parameters counts them and finds the
     * first that is not percent-encoded UTF-8; only a refusal for their number looks at their names.
     */
    static UnreadableAddress check(String path, String query) {
        if (query == null || query.isEmpty()) {
            return path.length() > MAX_ADDRESS_LENGTH ? tooLong(path.length()) : null;
        }
        String[] pairs = query.split("&");
        int parameters = 0;
        String undecodable = null;
        for (String pair : pairs) {
            if (!pair.isEmpty()) {
                parameters++;
                if (undecodable == null && !plainAscii(pair) && !decodes(pair)) {
                    undecodable = pair;
                }
            }
        }
        if (parameters > MAX_PARAMETERS) {
            return tooMany(pairs, parameters);
        }
        int length = path.length() + 1 + query.length();
        if (length > MAX_ADDRESS_LENGTH) {
            return tooLong(length);
        }
        if (undecodable != null) {
            return new UnreadableAddress("The address is not valid: '" + quoted(undecodable)
                    + "' is not percent-encoded UTF-8 text (é is written %C3%A9).");
        }
        return null;
    }

    private static UnreadableAddress tooMany(String[] pairs, int parameters) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : pairs) {
            if (!pair.isEmpty()) {
                counts.merge(nameOf(pair), 1, Integer::sum);
            }
        }
        Map.Entry<String, Integer> commonest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String repeated = commonest.getValue() > 1
                ? " ('" + quoted(commonest.getKey()) + "' is given " + number(commonest.getValue()) + " times)" : "";
        return new UnreadableAddress("Too many parameters: " + number(parameters) + repeated + ", at most "
                + number(MAX_PARAMETERS) + ".");
    }

    /** Text with no escapes and nothing beyond ASCII decodes to itself (with + as a space): nothing to check. */
    private static boolean plainAscii(String encoded) {
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' || c > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableAddress tooLong(int length) {
        return new UnreadableAddress("The address is too long: " + number(length) + " characters, at most "
                + number(MAX_ADDRESS_LENGTH) + ". Search with fewer words or filters.");
    }

    private static String nameOf(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        return decodes(name) ? decode(name) : name;
    }

    private static boolean decodes(String encoded) {
        try {
            decode(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Decodes like a form: {@code +} is a space, {@code %XX} a byte, and the bytes must be UTF-8. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("not a percent-encoded byte at " + i);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] literal = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }

    private static String quoted(String text) {
        return text.length() <= QUOTED_LENGTH ? text : text.substring(0, QUOTED_LENGTH) + "…";
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** The refused request as the filters after this one see it: no query, no parameters. */
    private static final class WithoutQuery extends HttpServletRequestWrapper {

        WithoutQuery(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
