package dev.newsdesk.security;

/** What an account may do: USER saves searches, ADMIN also manages accounts and indices. */
public enum Role {
    USER, ADMIN
}
