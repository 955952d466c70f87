package dev.newsdesk.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.newsdesk.accounts.ApiTokenAuthentication;
import dev.newsdesk.accounts.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in a request that carries {@code Authorization: Bearer <API token>}, for this request only (no session, so
 * nothing a forged request could ride on, and no CSRF token). A token that is not valid is answered 401 at once.
 */
final class BearerTokenCheck extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    /** Requests signed with a bearer token, whatever its worth: they skip CSRF, and this filter answers the bad ones. */
    static final RequestMatcher BEARER = request -> {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    };

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;

    BearerTokenCheck(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!BEARER.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> signedIn;
        try {
            signedIn = tokens.authenticate(request.getHeader("Authorization").substring(SCHEME.length()).strip());
        } catch (IOException | RuntimeException e) {
            unauthorized.commence(request, response, new InternalAuthenticationServiceException("the token store did not answer", e));
            return;
        }
        if (signedIn.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new InvalidApiToken());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
