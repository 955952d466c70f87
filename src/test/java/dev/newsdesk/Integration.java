package dev.newsdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that starts an Elasticsearch node, the portal, a browser or another process: it runs in {@code mvn verify}
 * (Failsafe), not in the fast {@code mvn test} tier (Surefire), which holds the tests that run in this JVM alone.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Integration.TAG)
public @interface Integration {

    String TAG = "integration";
}
