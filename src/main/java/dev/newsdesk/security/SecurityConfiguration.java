package dev.newsdesk.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import dev.newsdesk.accounts.AccountDetailsService;
import dev.newsdesk.accounts.AccountPageController;
import dev.newsdesk.accounts.ApiTokens;
import dev.newsdesk.accounts.ApiTokensController;
import dev.newsdesk.accounts.Role;
import dev.newsdesk.web.ErrorAnswers;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what: searching is open to anyone; saving searches needs an account; admin pages and endpoints need
 * the ADMIN role. People log in with the form (session, CSRF tokens on every form), scripts with HTTP Basic (no
 * session, so no CSRF token). Anonymous API calls get 401, browsers are sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * Requests from scripts: they carry HTTP Basic credentials, no session, and come from no other site's page, so a
     * page the user visits cannot forge them and they need no CSRF token. The browser's {@code Sec-Fetch-Site} header
     * tells a cross-site request apart (a browser may attach Basic credentials it cached). With a session cookie the
     * Basic header may not be what signs the request in (Spring Security keeps a session of the same name without
     * checking the header's password), so such a request keeps the CSRF check.
     */
    static final RequestMatcher BASIC_AUTHENTICATED = request -> {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        return request.getRequestedSessionId() == null && notCrossSite(request);
    };

    /** Calls from programs (the JSON API, admin endpoints asked for anything but a page), by the rule every error answer uses. */
    static final RequestMatcher API_CALL = ErrorAnswers::forProgram;

    /**
     * API calls without a session: nothing a forged request could ride on, so no CSRF token; anonymous ones then get
     * 401 rather than 403. (Pages keep the token even without a session, against login CSRF.)
     */
    static final RequestMatcher SESSIONLESS_API_CALL = request -> request.getRequestedSessionId() == null && API_CALL.matches(request)
            && notCrossSite(request);

    /** Not sent by another site's page, by the browser's {@code Sec-Fetch-Site} header (which scripts do not send). */
    private static boolean notCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /** The portal uses none of these browser features; no page of it (or anything injected into one) may ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), "
            + "payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), "
            + "xr-spatial-tracking=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts, ApiTokens tokens,
            PasswordEncoder encoder, LoginThrottle throttle, ObjectProvider<ClientRegistrationRepository> singleSignOn) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        ApiProblems problems = new ApiProblems();
        boolean withSingleSignOn = singleSignOn.getIfAvailable() != null;
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(new ThrottledAuthentication(passwords, throttle)));
        if (withSingleSignOn) {
            providers.add(SingleSignOn.provider());
        }
        http.authenticationManager(new ProviderManager(providers))
                // Before anything reads who is signed in: a session whose account is gone or changed ends here.
                .addFilterAfter(new SignedInAccountCheck(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenCheck(tokens, problems), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/saved-queries", "/api/saved-queries/**", "/saved", "/saved/**",
                                ApiTokensController.PATH, ApiTokensController.PATH + "/**", AccountPageController.PATH,
                                AccountPageController.PATH + "/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LoginController.PATH)
                        .failureHandler(SecurityConfiguration::loginFailed)
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl(LoginController.PATH + "?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTHENTICATED, BearerTokenCheck.BEARER, SESSIONLESS_API_CALL))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(problems))
                        // Not defaultAccessDeniedHandlerFor: as the only mapping it would answer every request, pages included.
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(API_CALL, problems)), new AccessDeniedHandlerImpl())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .contentTypeOptions(Customizer.withDefaults())
                        // Addresses carry the search (and name internal hosts): other sites get no referrer at all.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        if (withSingleSignOn) {
            SingleSignOn.configure(http);
        }
        return http.build();
    }

    /**
     * A failed form login: back to the form, saying why. While the accounts cannot be read, a 503 page says sign-in
     * is unavailable, not that the password was wrong.
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            request.getRequestDispatcher(LoginController.UNAVAILABLE_PATH).forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + LoginController.PATH + (failure instanceof LoginThrottled ? "?wait" : "?error"));
    }

    /** 401 for programs, the login page for people. */
    private static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint unauthorized) {
        return new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LoginController.PATH),
                new RequestMatcherEntry<>(API_CALL, unauthorized), new RequestMatcherEntry<>(BASIC_AUTHENTICATED, unauthorized));
    }

    /** Every cookie the portal sets (the session's above all) is SameSite=Lax: other sites' forms cannot post with it. */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }
}
