package dev.newsdesk.sources.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links found in fetched documents, resolved against the document's URL and kept only if they are http(s). */
final class Links {

    private Links() {
    }

    /**
     * The absolute http(s) URI {@code link} names, read relative to {@code base}, or {@code null} if there is none.
     * Non-ASCII characters are percent-encoded (UTF-8), so that equal addresses are equal URIs.
     */
    static URI resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            URI absolute = base == null || uri.isAbsolute() ? uri : base.resolve(uri);
            return isHttp(absolute) ? URI.create(absolute.toASCIIString()) : null;
        } catch (URISyntaxException | IllegalArgumentException unusable) {
            return null;
        }
    }

    static boolean isHttp(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }
}
