package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose setup is kept honest by reading it. */
class DockerComposeTest {

    private final Map<String, Object> compose = load();

    @Test
    void runsTheSameElasticsearchVersionAsTheBuild() throws IOException {
        String buildVersion = System.getProperty("newsdesk.elasticsearch.version");
        assertThat(buildVersion).as("surefire passes the pom's elasticsearch.version").isNotBlank();
        assertThat(map(map(service("elasticsearch").get("build")).get("args")).get("ELASTICSEARCH_VERSION")).isEqualTo(buildVersion);
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("FROM docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION} AS elasticsearch");
    }

    @Test
    void installsTheAnalysisPluginIntoTheOfficialImage() throws IOException {
        assertThat(map(service("elasticsearch").get("build")).get("target")).isEqualTo("elasticsearch");
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("bin/elasticsearch-plugin install --batch file:///tmp/newsdesk-analysis.zip");
    }

    @Test
    void limitsMemoryKeepsDataInAVolumeAndChecksHealth() {
        Map<String, Object> elasticsearch = service("elasticsearch");
        assertThat(elasticsearch).containsKey("mem_limit").containsKey("healthcheck");
        assertThat((List<?>) elasticsearch.get("volumes")).anySatisfy(volume ->
                assertThat(volume.toString()).endsWith(":/usr/share/elasticsearch/data"));
    }

    @Test
    void pointsTheAppAtTheElasticsearchServiceAndWaitsForItsHealth() {
        Map<String, Object> app = service("app");
        URI url = URI.create(map(app.get("environment")).get("NEWSDESK_ELASTICSEARCH_URL").toString());
        assertThat(url.getHost()).isEqualTo("elasticsearch");
        assertThat(url.getPort()).isEqualTo(9200);
        assertThat(map(map(app.get("depends_on")).get("elasticsearch")).get("condition")).isEqualTo("service_healthy");
        assertThat((List<Object>) app.get("ports")).contains("8080:8080");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        } catch (IOException e) {
            throw new IllegalStateException("docker-compose.yml must be at the project root", e);
        }
    }
}
