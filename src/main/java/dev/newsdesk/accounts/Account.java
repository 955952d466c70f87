package dev.newsdesk.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An account as stored in the accounts index: the password only as a hash with its encoder's prefix ({@code {bcrypt}...}).
 * Its {@code id} is its identity, which its saved searches and tokens carry: a new account of a removed one's name gets
 * a new id and so nothing of the old one. Its {@code credentialsStamp} changes with its password or roles, which ends
 * every session that was signed in with the old ones.
 *
 * @param id a random id; accounts stored before ids existed have none, and their name serves (their data carries it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Account(
        @JsonProperty("username") String username,
        @JsonProperty("password_hash") String passwordHash,
        @JsonProperty("roles") List<String> roles,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("id") String id,
        @JsonProperty("credentials_stamp") String credentialsStamp) {

    private static final SecureRandom RANDOM = new SecureRandom();

    Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
        id = id == null || id.isBlank() ? username : id;
        credentialsStamp = credentialsStamp == null ? "" : credentialsStamp;
    }

    static Account created(String username, String passwordHash, List<String> roles, Instant now) {
        return new Account(username, passwordHash, roles, now, UUID.randomUUID().toString(), newStamp());
    }

    static String newStamp() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
