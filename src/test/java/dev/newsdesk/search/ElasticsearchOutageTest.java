package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/** The portal reached through a connection the test can cut: 503 while Elasticsearch is away, normal again after. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.security.admin-password=test-admin", "newsdesk.ingest.seed-on-empty=false"})
class ElasticsearchOutageTest {

    static SwitchableProxy proxy;

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        NodeAccess node = RealElasticsearch.node();
        proxy = new SwitchableProxy(node.url());
        RealElasticsearch.settingsFor(new NodeAccess(proxy.url(), node.username(), node.password())).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void answers503WhileElasticsearchIsUnreachableAndRecoversWhenItIsBack() throws IOException {
        TestArticles.ensureIndexed(client);
        PortalHttp http = new PortalHttp(port);
        assertThat(http.get("/search?q=blinken").statusCode()).isEqualTo(200);

        proxy.stop();
        HttpResponse<String> page = http.get("/search?q=blinken");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Elasticsearch is not answering");
        HttpResponse<String> api = http.get("/api/search?q=blinken");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(PortalHttp.parse(api.body()).get("message").asString()).contains("Elasticsearch is not answering");
        assertThat(http.get("/articles/fixture-story-1").statusCode()).isEqualTo(503);
        HttpResponse<String> downHealth = http.get("/actuator/health");
        assertThat(downHealth.statusCode()).isEqualTo(503);
        assertThat(downHealth.body()).contains("\"status\":\"DOWN\"");

        proxy.start();
        assertThat(http.get("/search?q=blinken").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/search?q=blinken").statusCode()).isEqualTo(200);
        HttpResponse<String> health = http.getWithBasic("/actuator/health", "admin", "test-admin");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"mode\":\"external\"", "\"status\":\"green\"");
    }
}
