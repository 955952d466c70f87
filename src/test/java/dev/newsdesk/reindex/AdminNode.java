package dev.newsdesk.reindex;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/** Points the admin tests' app at a real Elasticsearch node of their own, started once per test JVM. */
class AdminNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static NodeAccess node;

    static synchronized NodeAccess node() {
        if (node == null) {
            node = RealElasticsearch.separateNode();
        }
        return node;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(RealElasticsearch.settingsFor(node())).applyTo(context);
    }
}
