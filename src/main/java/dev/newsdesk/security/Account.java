package dev.newsdesk.security;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An account as stored in the accounts index: the password only as a hash with its encoder's prefix ({@code {bcrypt}...}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record Account(
        @JsonProperty("username") String username,
        @JsonProperty("password_hash") String passwordHash,
        @JsonProperty("roles") List<String> roles,
        @JsonProperty("created_at") Instant createdAt) {

    Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
