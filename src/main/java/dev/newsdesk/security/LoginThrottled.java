package dev.newsdesk.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused unchecked because too many failed just before it, for this name or this address. */
class LoginThrottled extends AuthenticationException {

    LoginThrottled(Duration wait) {
        super("Too many failed logins: try again in " + Math.max(1, wait.toSeconds()) + " s.");
    }
}
