package dev.newsdesk.accounts;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed with a personal API token: its account's name and identity, and the token's roles. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;
    private final String username;
    private final String ownerId;
    private final String tokenId;

    ApiTokenAuthentication(String username, String ownerId, String tokenId, Collection<? extends GrantedAuthority> roles) {
        super(roles);
        this.username = username;
        this.ownerId = ownerId;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    String ownerId() {
        return ownerId;
    }

    String tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
