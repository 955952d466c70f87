package dev.newsdesk.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.newsdesk.accounts.PasswordRules;

/**
 * Password logins (form and HTTP Basic) through the {@link LoginThrottle}: refused without a check while a wait runs.
 * An attempt longer than bcrypt reads is wrong without a check, since it would match the password it begins with.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Duration wait = throttle.take(name, address);
        if (!wait.isZero()) {
            throw new LoginThrottled(wait);
        }
        Object password = authentication.getCredentials();
        if (password == null || !PasswordRules.fitsBcrypt(PasswordRules.normalized(password.toString()))) {
            throttle.failed(name, address);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(name, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(name, address);
            throw e;
        } catch (RuntimeException e) {
            throttle.undecided(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
