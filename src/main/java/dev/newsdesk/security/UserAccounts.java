package dev.newsdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates, lists and removes the portal's accounts; the admin API, the admin page and the {@code add-user} command all
 * call it. Names are lower-cased; passwords are kept only as hashes from the delegating encoder (bcrypt).
 */
@Service
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes of a password; a longer one would be cut silently. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final AccountStore store;
    private final ConfiguredAdmin admin;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    UserAccounts(AccountStore store, ConfiguredAdmin admin, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.store = store;
        this.admin = admin;
        this.encoder = encoder;
        this.events = events;
    }

    /** Creates an account; throws {@link AccountProblem} (400 or 409) with a sentence saying what to change. */
    public AccountView add(String username, String password, List<String> roles) throws IOException {
        String name = normalized(username);
        if (!USERNAME.matcher(name).matches()) {
            throw AccountProblem.invalid("A user name is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw AccountProblem.invalid("A password is " + MIN_PASSWORD + " to " + MAX_PASSWORD_BYTES + " characters long.");
        }
        List<String> granted = roles(roles);
        if (admin.is(name)) {
            throw AccountProblem.taken(name);
        }
        Account account = new Account(name, encoder.encode(password), granted, Instant.now());
        if (!store.create(account)) {
            throw AccountProblem.taken(name);
        }
        return view(account);
    }

    /** The configured admin first, then every stored account by name. */
    public List<AccountView> list() throws IOException {
        List<AccountView> accounts = new ArrayList<>();
        accounts.add(new AccountView(admin.username(), List.of(Role.ADMIN.name()), null, true));
        store.all().stream().map(UserAccounts::view).forEach(accounts::add);
        return accounts;
    }

    /** Removes an account and, through {@link AccountRemoved}, what belongs to it: a new account of that name starts empty. */
    public void remove(String username) throws IOException {
        String name = normalized(username);
        if (admin.is(name)) {
            throw AccountProblem.configured(name);
        }
        if (!USERNAME.matcher(name).matches() || !store.delete(name)) {
            throw AccountProblem.unknown(name);
        }
        events.publishEvent(new AccountRemoved(name));
    }

    private static List<String> roles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of(Role.USER.name());
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : requested) {
            String upper = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
            try {
                roles.add(Role.valueOf(upper).name());
            } catch (IllegalArgumentException e) {
                throw AccountProblem.invalid("Unknown role '" + role + "': roles are USER and ADMIN.");
            }
        }
        return List.copyOf(roles);
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountView view(Account account) {
        return new AccountView(account.username(), account.roles(), account.createdAt(), false);
    }
}
