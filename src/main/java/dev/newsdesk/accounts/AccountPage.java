package dev.newsdesk.accounts;

import java.util.List;

/**
 * What {@code /account} shows: who is signed in, whether they can change a password here (not the configured admin
 * nor a single sign-on user), their API tokens, the roles a new token may have, and a token just made (once).
 */
record AccountPage(String username, List<String> roles, boolean passwordHere, List<ApiToken.View> tokens,
        List<String> tokenRoles, ApiToken.Created newToken) {
}
