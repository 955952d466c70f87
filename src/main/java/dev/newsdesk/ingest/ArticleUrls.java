package dev.newsdesk.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.newsdesk.datafile.DataFile;

/**
 * An article's URL as its id knows it: scheme and host in lower case, no default port, no fragment, no tracking
 * parameters ({@code ingest/tracking-parameters.txt}). A page found through two sources, or ingested from a file with a
 * sidecar and then crawled, has one normalized URL and so one article.
 */
public final class ArticleUrls {

    private static final List<String> TRACKING = DataFile.lines("ingest/tracking-parameters.txt");

    private ArticleUrls() {
    }

    /** The normalized form of an http(s) URL; anything else comes back stripped of surrounding blanks only. */
    public static String normalized(String url) {
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
            return trimmed;
        }
        StringBuilder normalized = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            normalized.append(uri.getRawUserInfo()).append('@');
        }
        normalized.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && "http".equals(scheme)) && !(port == 443 && "https".equals(scheme))) {
            normalized.append(':').append(port);
        }
        String path = uri.getRawPath();
        normalized.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            normalized.append('?').append(query);
        }
        return normalized.toString();
    }

    /** The id of the article at this URL: the same for every spelling {@link #normalized} makes one. */
    public static String idFor(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("url:" + normalized(url)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a query parameter only tracks a click. */
    static boolean tracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String entry : TRACKING) {
            if (entry.endsWith("*") ? lower.startsWith(entry.substring(0, entry.length() - 1)) : lower.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!tracking(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
