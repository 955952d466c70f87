package dev.newsdesk.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.newsdesk.accounts.Role;

/** Gives every page the model attribute {@code account}: who is logged in (null for anonymous readers), for the masthead. */
@ControllerAdvice
class SignedInAdvice {

    @ModelAttribute("account")
    SignedIn account() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        boolean admin = user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
        return new SignedIn(user.getName(), admin);
    }

    /** The logged-in reader as the masthead names them. */
    record SignedIn(String username, boolean admin) {
    }
}
