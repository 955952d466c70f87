package dev.newsdesk.accounts;

import java.time.Instant;
import java.util.List;

/** An account as the admin API and page show it: never its password hash. */
public record AccountView(String username, List<String> roles, Instant createdAt, boolean configured) {
}
