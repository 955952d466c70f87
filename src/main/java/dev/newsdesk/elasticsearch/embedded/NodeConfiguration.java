package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the embedded node's config directory: the distribution's defaults plus our elasticsearch.yml. */
final class NodeConfiguration {

    private NodeConfiguration() {
    }

    static Path write(Path home, Path dataDir, int httpPort, int transportPort) throws IOException {
        Path config = dataDir.resolve("config");
        Files.createDirectories(config.resolve("jvm.options.d"));
        for (String file : new String[] {"jvm.options", "log4j2.properties"}) {
            Files.copy(home.resolve("config").resolve(file), config.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(config.resolve("elasticsearch.yml"), """
                # Written by Newsdesk at every start of the embedded node; edits are overwritten.
                cluster.name: newsdesk-embedded
                node.name: newsdesk
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                transport.port: %d
                discovery.type: single-node
                # Loopback only, so no one else can reach it: security would only add certificates and passwords.
                xpack.security.enabled: false
                cluster.routing.allocation.disk.threshold_enabled: false
                action.auto_create_index: "-articles*,+*"
                """.formatted(dataDir.resolve("data"), dataDir.resolve("logs"), httpPort, transportPort));
        return config;
    }
}
