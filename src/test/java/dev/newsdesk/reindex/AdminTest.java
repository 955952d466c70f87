package dev.newsdesk.reindex;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import dev.newsdesk.Integration;
import dev.newsdesk.security.PortalClient;

/**
 * The whole app on a random port against an Elasticsearch node of its own ({@link AdminNode}): reindex jobs move
 * the articles alias and rebuild its index, which the other tests' shared node must keep as it is. Every class
 * with this annotation shares one app.
 */
@Integration
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD, "newsdesk.ingest.seed-on-empty=false",
                // ArchiveRebuildTest crawls a loopback outlet into an archive of this node's own.
                "newsdesk.sources.allow-private-addresses=true", "newsdesk.sources.host-delay=0s", "newsdesk.sources.min-interval=2s",
                "newsdesk.sources.poll-interval=500ms", "newsdesk.sources.archive.dir=target/test-archive-admin-node"})
@ContextConfiguration(initializers = AdminNode.class)
@interface AdminTest {
}
