package dev.newsdesk.soak;

/** One request a soak client is about to send: its kind, the path with its query string, and what it accepts. */
record PlannedRequest(RequestKind kind, String path, String accept) {

    static PlannedRequest page(RequestKind kind, String path) {
        return new PlannedRequest(kind, path, "text/html");
    }

    static PlannedRequest json(RequestKind kind, String path) {
        return new PlannedRequest(kind, path, "application/json");
    }

    static PlannedRequest feed(String path) {
        return new PlannedRequest(RequestKind.SAVED_SEARCH_FEED, path, "application/atom+xml");
    }
}
