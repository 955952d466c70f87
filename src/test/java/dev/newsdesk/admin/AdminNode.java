package dev.newsdesk.admin;

import java.net.URI;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.elasticsearch.RealElasticsearch;

/** Points the admin tests' app at a real Elasticsearch node of their own, started once per test JVM. */
class AdminNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static URI url;

    static synchronized URI url() {
        if (url == null) {
            url = RealElasticsearch.separateNode();
        }
        return url;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("newsdesk.elasticsearch.url=" + url()).applyTo(context);
    }
}
