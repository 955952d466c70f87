package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNode;
import dev.newsdesk.elasticsearch.embedded.EmbeddedNodeProperties;
import dev.newsdesk.elasticsearch.embedded.TestNodes;

/**
 * Gives tests a real Elasticsearch with the project's analysis plugin: the embedded distribution, started once per
 * test JVM and shared, or, when Docker is available or {@code -Dnewsdesk.test.elasticsearch=docker} asks for it,
 * the official image in Testcontainers. Spring test contexts get its URL as {@code newsdesk.elasticsearch.url}
 * from {@link Url}, which {@code @NewsdeskTest} imports.
 */
public final class RealElasticsearch {

    public static final String VERSION = System.getProperty("newsdesk.elasticsearch.version", "8.19.21");
    private static URI url;

    private RealElasticsearch() {
    }

    /** The shared node's URL, starting it on first use. */
    public static synchronized URI url() {
        if (url == null) {
            url = wantsDocker() ? startContainer() : startEmbedded();
        }
        return url;
    }

    /**
     * Registers the shared node's URL with the test's Spring context: a dynamic property, asked for (and the node
     * started) when the app first binds it. Every context that imports this shares one cache key, so the contexts
     * of different test classes are reused as before.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Url {

        @Bean
        DynamicPropertyRegistrar realElasticsearchUrl() {
            return registry -> registry.add("newsdesk.elasticsearch.url", () -> url().toString());
        }
    }

    /**
     * A node of its own (embedded, started on every call, stopped with the JVM), for tests that change what the
     * shared node's tests rely on: a reindex moves the articles alias and rebuilds its index.
     */
    public static URI separateNode() {
        return startEmbedded();
    }

    private static URI startEmbedded() {
        try {
            Path dataDir = Files.createTempDirectory("newsdesk-test-es");
            EmbeddedNodeProperties settings = TestNodes.settings(dataDir, Map.of());
            EmbeddedNode node = EmbeddedNode.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.close();
                deleteQuietly(dataDir);
            }, "stop-test-elasticsearch"));
            return node.url();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data directory for the test node", e);
        }
    }

    @SuppressWarnings("resource")
    private static URI startContainer() {
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
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-elasticsearch"));
        return URI.create("http://" + container.getHttpHostAddress());
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
