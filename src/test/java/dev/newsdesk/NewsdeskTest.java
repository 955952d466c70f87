package dev.newsdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.security.PortalClient;

/** The whole app on a random port, against the shared real Elasticsearch node. */
@Integration
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(RealElasticsearch.Url.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Every test calls from 127.0.0.1, as a whole newsroom behind one address would: LoginThrottleTest tests the address limit.
        properties = {"newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD, "newsdesk.ingest.seed-on-empty=false",
                "newsdesk.security.free-login-attempts-per-address=1000"})
public @interface NewsdeskTest {
}
