package dev.newsdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import dev.newsdesk.accounts.Role;

/**
 * Optional OpenID Connect login, on when {@code spring.security.oauth2.client.*} registers a provider: the login
 * page offers "Sign in with &lt;provider&gt;", and whoever the provider vouches for gets the USER role.
 */
final class SingleSignOn {

    static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private SingleSignOn() {
    }

    static void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage(LoginController.PATH)
                .failureHandler((request, response, failure) -> {
                    // The provider's reason stays in the log; the page says only that signing in failed.
                    log.warn("Single sign-on failed: {}", failure.getMessage());
                    response.sendRedirect(request.getContextPath() + LoginController.PATH + "?error");
                })
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users())));
    }

    /**
     * Checks the provider's authorization code and ID token. The portal's filter chain has its own authentication
     * manager (password logins go through the throttle), so this provider is added to it explicitly.
     */
    static AuthenticationProvider provider() {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), users());
    }

    /**
     * The provider's user, with the USER role whatever the provider's own scopes say, named {@code provider:subject}:
     * a colon is never in a local account's name, so a provider's "alice" is not the local account "alice" and does
     * not see its saved searches.
     */
    private static OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName();
            return new ProviderUser(request.getClientRegistration().getRegistrationId(), user,
                    nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute);
        };
    }

    /** A user signed in through a provider, named after the provider and the provider's name for them. */
    static final class ProviderUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String provider;

        ProviderUser(String provider, OidcUser user, String nameAttribute) {
            super(Set.of(new SimpleGrantedAuthority("ROLE_" + Role.USER.name())), user.getIdToken(), user.getUserInfo(), nameAttribute);
            this.provider = provider;
        }

        @Override
        public String getName() {
            return provider + ":" + super.getName();
        }
    }

    /** One "Sign in with ..." link per configured provider. */
    static List<LoginController.SignInOption> options(ClientRegistrationRepository registrations) {
        List<LoginController.SignInOption> options = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    options.add(new LoginController.SignInOption(registration.getClientName(), AUTHORIZATION_PATH + registration.getRegistrationId()));
                }
            }
        }
        return options;
    }
}
