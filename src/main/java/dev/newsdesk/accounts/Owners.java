package dev.newsdesk.accounts;

import java.security.Principal;

import org.springframework.security.core.Authentication;

/**
 * Whose data is whose: the stable identity of a signed-in caller, which saved searches and tokens are stored under.
 * A password account's is its account id, never its name, so a new account of a removed one's name owns nothing of it;
 * a single sign-on user's is {@code provider:subject}.
 */
public final class Owners {

    private Owners() {
    }

    public static String of(Principal caller) {
        if (caller instanceof Authentication authentication) {
            if (authentication.getPrincipal() instanceof AccountUser account) {
                return account.ownerId();
            }
            if (authentication instanceof ApiTokenAuthentication token) {
                return token.ownerId();
            }
        }
        return caller.getName();
    }
}
