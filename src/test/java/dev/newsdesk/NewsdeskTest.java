package dev.newsdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import dev.newsdesk.elasticsearch.RealElasticsearch;

/** The whole app on a random port, against the shared real Elasticsearch node. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(RealElasticsearch.Url.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.security.admin-password=test-admin", "newsdesk.ingest.seed-on-empty=false"})
public @interface NewsdeskTest {
}
