package dev.newsdesk.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is malformed, unknown or revoked. */
final class InvalidApiToken extends AuthenticationException {

    InvalidApiToken() {
        super("That API token is not valid: it was mistyped or revoked. Make a new one on /account.");
    }
}
