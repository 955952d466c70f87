package dev.newsdesk.sources.fetch;

import java.io.IOException;
import java.net.URI;

/** A fetch that was not made or not finished, with a reason a user can act on. */
public class FetchRefused extends IOException {

    private static final long serialVersionUID = 1L;

    private final URI url;
    private final String reason;
    private final boolean lasting;

    /**
     * @param url     the URL not fetched
     * @param reason  why, as the rest of a sentence about the URL ("it redirected more than 5 times")
     * @param lasting whether fetching it again later cannot help
     */
    public FetchRefused(URI url, String reason, boolean lasting) {
        this(url, reason, lasting, null);
    }

    public FetchRefused(URI url, String reason, boolean lasting, Throwable cause) {
        super(url + " was not fetched: " + reason, cause);
        this.url = url;
        this.reason = reason;
        this.lasting = lasting;
    }

    public URI url() {
        return url;
    }

    /** Why, without the URL. */
    public String reason() {
        return reason;
    }

    /**
     * True when fetching again later cannot help (the scheme, the address or the size is refused); false when it may
     * (a timeout, a connection failure, a host that did not resolve).
     */
    public boolean lasting() {
        return lasting;
    }
}
