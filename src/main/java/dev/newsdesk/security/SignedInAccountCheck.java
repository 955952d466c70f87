package dev.newsdesk.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.newsdesk.accounts.AccountDetailsService;
import dev.newsdesk.accounts.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose account is gone or changed: on every request signed in through a session, the stored account
 * must still have the identity and credentials stamp the session signed in with. Otherwise the session is invalidated
 * and the request goes on anonymous. So removing an account, or changing its password or roles, ends its sessions at
 * once, whichever portal process holds them. When the accounts index cannot be read, the request is anonymous too
 * (the session is kept for when it answers again): a session is never trusted unchecked.
 */
final class SignedInAccountCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInAccountCheck.class);
    private final AccountDetailsService accounts;

    SignedInAccountCheck(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AccountUser user && !user.configured()) {
            boolean current;
            try {
                current = accounts.isCurrent(user);
            } catch (IOException | RuntimeException e) {
                log.debug("Cannot check {}'s session, so this request is anonymous: {}", user.getUsername(), e.getMessage());
                SecurityContextHolder.clearContext();
                chain.doFilter(request, response);
                return;
            }
            if (!current) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
