package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNode;
import dev.newsdesk.elasticsearch.embedded.EmbeddedNodeProperties;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.elasticsearch.embedded.TestNodes;

/**
 * Gives tests a real Elasticsearch with the project's analysis plugin: the embedded distribution, started once per
 * test JVM and shared, or, when Docker is available or {@code -Dnewsdesk.test.elasticsearch=docker} asks for it,
 * the official image in Testcontainers; either way with security on. Spring test contexts get its URL and
 * credentials as {@code newsdesk.elasticsearch.url}, {@code username} and {@code password} from {@link Url}, which
 * {@code @NewsdeskTest} imports.
 */
public final class RealElasticsearch {

    public static final String VERSION = System.getProperty("newsdesk.elasticsearch.version", "8.19.21");
    private static NodeAccess node;

    private RealElasticsearch() {
    }

    /** The shared node's URL and credentials, starting it on first use. */
    public static synchronized NodeAccess node() {
        if (node == null) {
            node = wantsDocker() ? startContainer() : startEmbedded();
        }
        return node;
    }

    /** The app's settings that make {@code node} its (external) cluster, signed in as the node's user. */
    public static Map<String, String> settingsFor(NodeAccess node) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("newsdesk.elasticsearch.url", node.url().toString());
        settings.put("newsdesk.elasticsearch.username", node.username());
        settings.put("newsdesk.elasticsearch.password", node.password());
        return settings;
    }

    /** {@link #settingsFor} as command-line arguments of the app or its commands. */
    public static List<String> argumentsFor(NodeAccess node) {
        List<String> arguments = new ArrayList<>();
        settingsFor(node).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }

    /**
     * Registers the shared node's URL and credentials with the test's Spring context: dynamic properties, asked for
     * (and the node started) when the app first binds them. Every context that imports this shares one cache key, so
     * the contexts of different test classes are reused as before.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Url {

        @Bean
        DynamicPropertyRegistrar realElasticsearchUrl() {
            return registry -> List.of("url", "username", "password").forEach(name -> registry.add("newsdesk.elasticsearch." + name,
                    () -> settingsFor(node()).get("newsdesk.elasticsearch." + name)));
        }
    }

    /**
     * A node of its own (embedded, started on every call, stopped with the JVM), for tests that change what the
     * shared node's tests rely on: a reindex moves the articles alias and rebuilds its index.
     */
    public static NodeAccess separateNode() {
        return startEmbedded();
    }

    private static NodeAccess startEmbedded() {
        try {
            Path dataDir = Files.createTempDirectory("newsdesk-test-es");
            EmbeddedNodeProperties settings = TestNodes.settings(dataDir, Map.of());
            EmbeddedNode started = EmbeddedNode.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteQuietly(dataDir);
            }, "stop-test-elasticsearch"));
            return started.access();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data directory for the test node", e);
        }
    }

    @SuppressWarnings("resource")
    private static NodeAccess startContainer() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path plugin = TestNodes.app().plugin();
        ImageFromDockerfile image = new ImageFromDockerfile("newsdesk-elasticsearch-test", false)
                .withFileFromPath("newsdesk-analysis.zip", plugin)
                .withDockerfileFromBuilder(dockerfile -> dockerfile
                        .from("docker.elastic.co/elasticsearch/elasticsearch:" + VERSION)
                        .copy("newsdesk-analysis.zip", "/tmp/newsdesk-analysis.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/newsdesk-analysis.zip")
                        .build());
        ElasticsearchContainer container = new ElasticsearchContainer(
                org.testcontainers.utility.DockerImageName.parse(image.get())
                        .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                // As the embedded node: security on, plain HTTP; ELASTIC_PASSWORD is the image's bootstrap password of elastic.
                .withEnv("xpack.security.enabled", "true")
                .withEnv("xpack.security.http.ssl.enabled", "false")
                .withEnv("xpack.security.transport.ssl.enabled", "false")
                .withEnv("ELASTIC_PASSWORD", password)
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-elasticsearch"));
        return new NodeAccess(URI.create("http://" + container.getHttpHostAddress()), "elastic", password);
    }

    private static boolean wantsDocker() {
        String asked = System.getProperty("newsdesk.test.elasticsearch", "auto");
        if (asked.equals("docker")) {
            return true;
        }
        if (asked.equals("embedded")) {
            return false;
        }
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        return dockerConfigured && DockerClientFactory.instance().isDockerAvailable();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory; the OS cleans up what is left
        }
    }
}
