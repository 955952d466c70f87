package dev.newsdesk.sources.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A site's answer to one fetch, after its redirects, with what the WARC archive needs to record the exchange.
 *
 * @param requested       the URL asked for
 * @param finalUrl        the URL that answered (after redirects)
 * @param status          the HTTP status of the last answer
 * @param contentType     its {@code Content-Type}, or null
 * @param etag            its {@code ETag}, or null
 * @param lastModified    its {@code Last-Modified}, or null
 * @param retryAfter      its {@code Retry-After} as a wait from now, or null
 * @param body            the body, decompressed; empty (never null) when there is none, as for a 304
 * @param fetchedAt       when the last request was sent
 * @param requestHeaders  the headers sent in the last request
 * @param responseHeaders the headers of the last answer, as received
 * @param redirects       the URLs redirected to, in order; the last one is {@code finalUrl}
 */
public record Fetched(URI requested, URI finalUrl, int status, String contentType, String etag, String lastModified,
        Duration retryAfter, byte[] body, Instant fetchedAt, Map<String, List<String>> requestHeaders,
        Map<String, List<String>> responseHeaders, List<URI> redirects) {

    public Fetched {
        body = body == null ? new byte[0] : body;
        requestHeaders = requestHeaders == null ? Map.of() : requestHeaders;
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
    }

    /** Whether the site answered with a 2xx status. */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Whether the site answered 304: the page is unchanged since the etag or date in the request. */
    public boolean notModified() {
        return status == 304;
    }
}
