package dev.newsdesk.sources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * On a {@link dev.newsdesk.NewsdeskTest}: the portal runs its crawler (other tests' portals do not), and its context is
 * closed after the class, so the crawler's polls never reach the node while other tests measure what it is asked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "newsdesk.test.crawl=true")
@DirtiesContext
public @interface CrawlingPortal {
}
