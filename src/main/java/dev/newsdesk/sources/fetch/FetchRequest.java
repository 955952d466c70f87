package dev.newsdesk.sources.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One page to fetch, with what the last fetch of it answered so that an unchanged page comes back as a 304.
 *
 * @param url          the page
 * @param etag         the {@code ETag} of the last answer, sent as {@code If-None-Match}; null when unknown
 * @param lastModified the {@code Last-Modified} of the last answer, sent as {@code If-Modified-Since}; null when unknown
 */
public record FetchRequest(URI url, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    /** An unconditional fetch of the page. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }
}
