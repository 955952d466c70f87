package dev.newsdesk.elasticsearch.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded node that cannot start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedNodeFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNodeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNodeException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
