package dev.newsdesk.accounts;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in password account: its name and roles, and the identity and credentials stamp it signed in with, which
 * the session check compares with the stored account ({@link AccountDetailsService#isCurrent}) on every request of its session.
 */
public final class AccountUser extends User {

    private static final long serialVersionUID = 1L;
    private final String ownerId;
    private final String credentialsStamp;
    private final boolean configured;

    AccountUser(String username, String passwordHash, Collection<? extends GrantedAuthority> roles, String ownerId,
            String credentialsStamp, boolean configured) {
        super(username, passwordHash, roles);
        this.ownerId = ownerId;
        this.credentialsStamp = credentialsStamp;
        this.configured = configured;
    }

    String ownerId() {
        return ownerId;
    }

    String credentialsStamp() {
        return credentialsStamp;
    }

    /** The admin from configuration, which no request can remove or change. */
    public boolean configured() {
        return configured;
    }
}
