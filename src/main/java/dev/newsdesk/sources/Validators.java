package dev.newsdesk.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a server said of a URL's last answer, for the next conditional request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validators(@JsonProperty("etag") String etag, @JsonProperty("last_modified") String lastModified) {
}
