package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded node that runs on a data directory, as a test outside the app sees it: through the address and
 * password the app leaves there, and the process id the node writes.
 */
record RunningNode(Path dataDir) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The node's address and credentials; fails if no node runs there. */
    NodeAccess access() {
        return NodeAccess.ofRunningNode(dataDir).orElseThrow(() -> new AssertionError("no node runs on " + dataDir));
    }

    /** The Elasticsearch server itself (the JVM whose pid the node writes), not the launcher the app started. */
    ProcessHandle process() throws Exception {
        return ProcessHandle.of(Long.parseLong(Files.readString(dataDir.resolve("logs/elasticsearch.pid")).strip()))
                .orElseThrow(() -> new AssertionError("the node's pid file names no running process"));
    }

    /** The articles the node counts, or 0 while no node answers there (not up yet, or down). */
    long articles() {
        Optional<NodeAccess> node = NodeAccess.ofRunningNode(dataDir);
        if (node.isEmpty()) {
            return 0;
        }
        try {
            HttpResponse<String> count = HTTP.send(node.get().request("/articles/_count").timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return count.statusCode() == 200 ? JSON.readTree(count.body()).get("count").asLong() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** The {@code source} of every stored article after a refresh: one per document, so a duplicate shows twice. */
    List<String> storedSources(int atMost) throws Exception {
        NodeAccess node = access();
        HttpResponse<String> response = HTTP.send(node.request("/articles/_refresh").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        response = HTTP.send(node.request("/articles/_search?size=" + atMost + "&_source=source").timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> sources = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(response.body()).get("hits").get("hits")) {
            sources.add(hit.get("_source").get("source").asString());
        }
        return sources;
    }
}
