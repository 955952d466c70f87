package dev.newsdesk.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What an account may do: USER saves searches, ADMIN also manages accounts and indices. */
public enum Role {
    USER, ADMIN;

    /** Spring Security's name for the role. */
    String authority() {
        return "ROLE_" + name();
    }

    static List<GrantedAuthority> authorities(Collection<String> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** The roles given, with what they imply: an ADMIN may do all a USER may. */
    static List<String> implied(List<String> roles) {
        return roles.contains(ADMIN.name()) ? List.of(USER.name(), ADMIN.name()) : roles;
    }

    /** The roles among granted authorities ({@code ROLE_ADMIN}: ADMIN), in this enum's order. */
    static List<String> of(Collection<? extends GrantedAuthority> authorities) {
        return java.util.Arrays.stream(values()).filter(role -> authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority())))
                .map(Role::name).toList();
    }
}
