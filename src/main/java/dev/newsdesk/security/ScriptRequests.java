package dev.newsdesk.security;

import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests from scripts: they carry HTTP Basic credentials and come from no other site's page. Such a request cannot
 * be forged by a page the admin visits, so it needs no CSRF token; the browser's {@code Sec-Fetch-Site} header tells
 * a cross-site request (which may carry Basic credentials the browser cached) apart.
 */
final class ScriptRequests implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }
}
