package dev.newsdesk.ingest;

/** A file that cannot become an article; the message completes "file X failed: ...". */
public class UnreadableArticleException extends RuntimeException {

    public UnreadableArticleException(String reason) {
        super(reason);
    }

    public UnreadableArticleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
