package dev.newsdesk.sources;

import java.util.List;
import java.util.Map;

/** What one fetch of a source did: a status line for the admin, its errors, the validators to send next time, new articles. */
record FetchOutcome(String status, List<SourceError> errors, Map<String, Validators> validators, int newArticles) {
}
