package dev.newsdesk.sources;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One failed fetch of a source, or of a page it listed: when, what, and why, in a sentence. */
public record SourceError(@JsonProperty("at") Instant at, @JsonProperty("url") String url, @JsonProperty("reason") String reason) {
}
