package dev.newsdesk.elasticsearch.embedded;

/** The embedded node could not start; the message is one sentence a user can act on. */
public class EmbeddedNodeException extends RuntimeException {

    private final String action;

    public EmbeddedNodeException(String message, String action) {
        super(message);
        this.action = action;
    }

    public EmbeddedNodeException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
