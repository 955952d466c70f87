package dev.newsdesk.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP exchange as the crawler made it, to be kept in a WARC file.
 *
 * @param target          the URL fetched
 * @param date            when the request was sent
 * @param method          the request method, for example {@code GET}
 * @param requestHeaders  the headers sent
 * @param status          the response status
 * @param responseHeaders the headers received
 * @param body            the response body, with any Content-Encoding already undone
 */
public record ArchivedExchange(URI target, Instant date, String method, Map<String, List<String>> requestHeaders,
        int status, Map<String, List<String>> responseHeaders, byte[] body) {

    public ArchivedExchange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        requestHeaders = requestHeaders == null ? Map.of() : requestHeaders;
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
        body = body == null ? new byte[0] : body;
    }
}
