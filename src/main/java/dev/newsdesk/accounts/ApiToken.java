package dev.newsdesk.accounts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A personal API token as stored, under the SHA-256 hash of its secret: never the secret itself. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiToken(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("username") String username,
        @JsonProperty("roles") List<String> roles,
        @JsonProperty("created_at") Instant createdAt) {

    ApiToken {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    ApiToken withRoles(List<String> newRoles) {
        return new ApiToken(id, name, ownerId, username, newRoles, createdAt);
    }

    /** A token as its owner sees it in lists: its name and roles, never its secret. */
    record View(String id, String name, List<String> roles, Instant createdAt) {
    }

    /** A token just made: the only time its secret is shown. */
    record Created(String id, String name, List<String> roles, Instant createdAt, String token) {
    }
}
