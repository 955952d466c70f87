package dev.newsdesk.ingest;

/** What happened to one file in an ingest: {@code id} is the document's id (null if it failed before it had one), {@code reason} is set for failures. */
public record FileResult(String file, String id, Status status, String reason) {

    /** The outcome for a file. */
    public enum Status { INDEXED, UPDATED, UNCHANGED, FAILED }

    static FileResult failed(ExtractedArticle article, String reason) {
        return new FileResult(article.origin(), article.id(), Status.FAILED, reason);
    }

    static FileResult failed(String file, String reason) {
        return new FileResult(file, null, Status.FAILED, reason);
    }
}
