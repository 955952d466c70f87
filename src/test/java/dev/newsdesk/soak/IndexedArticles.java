package dev.newsdesk.soak;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import dev.newsdesk.benchmark.Http;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import tools.jackson.databind.json.JsonMapper;

/** The articles behind the alias on the node of the portal running on a data directory, after a refresh. */
final class IndexedArticles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = Http.client();

    private IndexedArticles() {
    }

    /** Refreshes first, so that articles an ingest has sent are counted even if the node has not made them searchable yet. */
    static long count(Path dataDirectory) throws IOException {
        NodeAccess node = NodeAccess.ofRunningNode(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("no portal's node runs on " + dataDirectory));
        send(node.request("/" + Indices.ARTICLES + "/_refresh").POST(HttpRequest.BodyPublishers.noBody()).build());
        return JSON.readTree(send(node.request("/" + Indices.ARTICLES + "/_count").GET().build())).path("count").asLong();
    }

    private static String send(HttpRequest request) throws IOException {
        HttpResponse<String> response = Http.send(HTTP, request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
