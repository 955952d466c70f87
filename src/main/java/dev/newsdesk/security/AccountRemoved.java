package dev.newsdesk.security;

/** Published once an account is gone, so what belongs to it (saved searches, their feeds) can go too. */
public record AccountRemoved(String username) {
}
