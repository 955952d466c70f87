package dev.newsdesk.archive;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The request, response and metadata records of one exchange. The body of an exchange is already decoded, so the
 * response record says so: its headers drop Content-Encoding and Transfer-Encoding and give the body's own length,
 * which keeps the record a valid HTTP message that any WARC reader can replay.
 */
final class ExchangeRecords {

    /** Headers that described the body on the wire, not the decoded body the exchange holds. */
    private static final Set<String> WIRE_HEADERS = caseInsensitive("Content-Encoding", "Transfer-Encoding",
            "Content-Length", "Content-MD5", "Digest");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private ExchangeRecords() {
    }

    static List<WarcRecord> of(ArchivedExchange exchange, Map<String, String> metadata) throws IOException {
        URI requestId = uuid();
        URI responseId = uuid();
        List<WarcRecord> records = new ArrayList<>(3);
        records.add(new WarcRequest.Builder(exchange.target())
                .recordId(requestId)
                .date(exchange.date())
                .concurrentTo(responseId)
                .body(request(exchange))
                .build());
        records.add(new WarcResponse.Builder(exchange.target())
                .recordId(responseId)
                .date(exchange.date())
                .concurrentTo(requestId)
                .body(response(exchange))
                .build());
        if (metadata != null && !metadata.isEmpty()) {
            records.add(new WarcMetadata.Builder()
                    .targetURI(exchange.target())
                    .date(exchange.date())
                    .addHeader("WARC-Refers-To", "<" + responseId + ">")
                    .fields(fields(metadata))
                    .build());
        }
        return records;
    }

    private static HttpRequest request(ArchivedExchange exchange) {
        HttpRequest.Builder request = new HttpRequest.Builder(exchange.method(), exchange.target());
        copyHeaders(exchange.requestHeaders(), Set.of(), request::addHeader);
        return request.build();
    }

    private static HttpResponse response(ArchivedExchange exchange) {
        HttpResponse.Builder response = new HttpResponse.Builder(exchange.status(), reason(exchange.status()));
        copyHeaders(exchange.responseHeaders(), WIRE_HEADERS, response::addHeader);
        return response.body(null, exchange.body()).build();
    }

    /** Copies the headers a WARC file can hold: HTTP/2 pseudo-headers and values with line breaks cannot be. */
    private static void copyHeaders(Map<String, List<String>> headers, Set<String> except, HeaderSink sink) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (name == null || !TOKEN.matcher(name).matches() || except.contains(name)) {
                continue;
            }
            for (String value : header.getValue()) {
                if (value != null) {
                    sink.add(name, oneLine(value));
                }
            }
        }
    }

    private static Map<String, List<String>> fields(Map<String, String> metadata) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        metadata.forEach((name, value) -> {
            if (name != null && TOKEN.matcher(name).matches() && value != null) {
                fields.put(name, List.of(oneLine(value)));
            }
        });
        return fields;
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static URI uuid() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status " + status;
        };
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }

    @FunctionalInterface
    private interface HeaderSink {
        void add(String name, String value);
    }
}
