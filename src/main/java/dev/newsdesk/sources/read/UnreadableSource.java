package dev.newsdesk.sources.read;

/** A fetched document that Newsdesk cannot or will not read; the message says why, in words a user can act on. */
public class UnreadableSource extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableSource(String message) {
        super(message);
    }

    public UnreadableSource(String message, Throwable cause) {
        super(message, cause);
    }
}
