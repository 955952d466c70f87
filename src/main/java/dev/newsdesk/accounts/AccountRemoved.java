package dev.newsdesk.accounts;

/**
 * Published once an account is gone, so what belongs to it (saved searches, their feeds, API tokens) can go too.
 *
 * @param ownerId the account's identity, as {@link Owners#of} gives it
 */
public record AccountRemoved(String username, String ownerId) {
}
