package dev.newsdesk.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/**
 * The few index operations the benchmark needs, sent over plain HTTP so that the benchmark measures Elasticsearch
 * and not a client library. Indices are named like the app's ({@code articles-NNNNNN}) so the articles template
 * gives them the real mapping.
 */
final class ElasticsearchAdmin {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final NodeAccess node;
    private final HttpClient http;

    ElasticsearchAdmin(NodeAccess node, HttpClient http) {
        this.node = node;
        this.http = http;
    }

    NodeAccess node() {
        return node;
    }

    /**
     * Deletes every index of the alias ({@code <alias>-*}) and creates an empty {@code <alias>-000001} behind it. With
     * the alias {@code articles} that is the app's own index; the smoke test uses another alias on the shared node.
     */
    String reset(String alias) throws IOException {
        // Elasticsearch refuses to delete by wildcard (action.destructive_requires_name), so resolve the names first.
        for (JsonNode existing : send("GET", "/_resolve/index/" + alias + "-*?expand_wildcards=all", null).path("indices")) {
            delete(existing.path("name").asString());
        }
        String index = Indices.versioned(alias, 1);
        create(index, alias);
        return index;
    }

    /** Creates an index; with an alias, as its write index. */
    void create(String index, String alias) throws IOException {
        String body = alias == null ? "{}" : "{\"aliases\":{\"" + alias + "\":{\"is_write_index\":true}}}";
        send("PUT", "/" + index, body);
    }

    /**
     * Waits until the cluster has no pending task (an index creation sent by a job that was interrupted may still be
     * on its way), then deletes every version of the alias the alias does not point to: what a stopped job left.
     */
    void deleteStrayVersions(String alias) throws IOException {
        send("GET", "/_cluster/health?wait_for_events=languid&timeout=2m", null);
        JsonNode indices = send("GET", "/_resolve/index/" + alias + "-*?expand_wildcards=all", null).path("indices");
        for (JsonNode existing : indices) {
            boolean serving = false;
            for (JsonNode name : existing.path("aliases")) {
                serving |= name.asString().equals(alias);
            }
            if (!serving && Indices.generation(alias, existing.path("name").asString()).isPresent()) {
                delete(existing.path("name").asString());
            }
        }
    }

    void delete(String index) throws IOException {
        send("DELETE", "/" + index + "?ignore_unavailable=true", null);
    }

    void refresh(String index) throws IOException {
        send("POST", "/" + index + "/_refresh", null);
    }

    /** Waits, at most {@code limit}, until no merge runs on the index, so searches do not share the CPU with indexing's aftermath. */
    void awaitMergesDone(String index, Duration limit) {
        try {
            await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> send("GET", "/" + index + "/_stats/merge", null).path("_all").path("total").path("merges").path("current").asLong() == 0);
        } catch (ConditionTimeoutException e) {
            // Merges still running after the limit: measure anyway, as the limit promises.
        }
    }

    /** Flushes and returns the primary store size in bytes and the document count. */
    long[] storeBytesAndDocs(String index) throws IOException {
        send("POST", "/" + index + "/_flush", null);
        JsonNode stats = send("GET", "/" + index + "/_stats/store,docs", null).path("_all").path("primaries");
        return new long[] {stats.path("store").path("size_in_bytes").asLong(), stats.path("docs").path("count").asLong()};
    }

    /**
     * Copies every document of one index into another the way a client must when the node has no {@code reindex}
     * module (the embedded distribution has none): scroll through the source in pages of 1,000, {@code _bulk} each
     * page into the destination, refresh. Returns the documents copied.
     */
    long copy(String source, String destination) throws IOException {
        JsonNode page = send("POST", "/" + source + "/_search?scroll=1m", "{\"size\":1000,\"sort\":[\"_doc\"]}");
        String scrollId = page.path("_scroll_id").asString();
        long copied = 0;
        try {
            while (page.path("hits").path("hits").size() > 0) {
                StringBuilder bulk = new StringBuilder();
                for (JsonNode hit : page.path("hits").path("hits")) {
                    bulk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(hit.path("_id").asString())).append("}}\n")
                            .append(hit.path("_source")).append('\n');
                    copied++;
                }
                bulk(destination, bulk.toString());
                page = send("POST", "/_search/scroll", "{\"scroll\":\"1m\",\"scroll_id\":\"" + scrollId + "\"}");
                scrollId = page.path("_scroll_id").asString(scrollId);
            }
        } finally {
            send("DELETE", "/_search/scroll", "{\"scroll_id\":\"" + scrollId + "\"}");
        }
        refresh(destination);
        return copied;
    }

    private void bulk(String index, String ndjson) throws IOException {
        HttpRequest request = node.request("/" + index + "/_bulk?filter_path=errors,items.*.error")
                .timeout(TIMEOUT).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build();
        HttpResponse<String> response = Http.send(http, request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().startsWith("{\"errors\":true")) {
            throw new IOException("_bulk into " + index + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    JsonNode send(String method, String path, String body) throws IOException {
        HttpRequest.Builder request = node.request(path).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = Http.send(http, request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(response.statusCode() == 404 && method.equals("DELETE"))) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
