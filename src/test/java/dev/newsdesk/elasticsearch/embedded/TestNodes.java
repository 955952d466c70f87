package dev.newsdesk.elasticsearch.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsdesk.BoundSettings;

/** Settings of the embedded nodes tests start: the app's own, with a test's data directory and a patient startup. */
public final class TestNodes {

    private TestNodes() {
    }

    /** The app's own settings: application.yml's (the build's distribution and plugin) over the record's defaults. */
    public static EmbeddedNodeProperties app() {
        return BoundSettings.bind("newsdesk.elasticsearch.embedded", EmbeddedNodeProperties.class, Map.of());
    }

    /** A small node (256 MB heap) beside the shared one, for tests of the node's lifecycle. */
    static EmbeddedNodeProperties settings(Path dataDir, int httpPort) {
        return settings(dataDir, Map.of("http-port", httpPort, "heap-megabytes", 256));
    }

    /** The app's settings of {@code newsdesk.elasticsearch.embedded}, with {@code dataDir} and any others given. */
    public static EmbeddedNodeProperties settings(Path dataDir, Map<String, ?> others) {
        Map<String, Object> settings = new LinkedHashMap<>(others);
        settings.put("data-dir", dataDir);
        // A test node shares two cores with the build and other tests.
        settings.putIfAbsent("startup-timeout", "3m");
        return BoundSettings.bind("newsdesk.elasticsearch.embedded", EmbeddedNodeProperties.class, settings);
    }
}
