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
                "newsdesk.security.free-login-attempts-per-address=1000",
                // The crawler tests serve their outlets on loopback, fetch them without spacing and archive under target/.
                // The portal crawls only in the tests that ask for it (CrawlingPortal), so no other test sees its requests.
                "newsdesk.sources.crawl=${newsdesk.test.crawl:false}", "newsdesk.sources.allow-private-addresses=true", "newsdesk.sources.host-delay=0s", "newsdesk.sources.min-interval=2s",
                "newsdesk.sources.poll-interval=500ms", "newsdesk.sources.archive.dir=target/test-archive"})
public @interface NewsdeskTest {
}
