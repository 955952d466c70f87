package dev.newsdesk.accounts;

import java.io.IOException;
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
        checkPassword(password);
        List<String> granted = roles(roles);
        if (admin.is(name)) {
            throw AccountProblem.taken(name);
        }
        Account account = Account.created(name, encoder.encode(password), granted, Instant.now());
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
        Account account = stored(name);
        if (!store.delete(name)) {
            throw AccountProblem.unknown(name);
        }
        events.publishEvent(new AccountRemoved(name, account.id()));
    }

    /**
     * Gives an account a new password, new roles, or both (null keeps what is there). Either ends every session signed
     * in with the old ones; tokens keep working, with no more roles than the account has now ({@link AccountChanged}).
     */
    public AccountView change(String username, String password, List<String> roles) throws IOException {
        String name = normalized(username);
        if (admin.is(name)) {
            throw AccountProblem.configured(name);
        }
        Account current = stored(name);
        if (password != null) {
            checkPassword(password);
        }
        List<String> granted = roles == null ? current.roles() : roles(roles);
        Account changed = new Account(current.username(), password == null ? current.passwordHash() : encoder.encode(password),
                granted, current.createdAt(), current.id(), Account.newStamp());
        if (!store.replace(changed)) {
            throw AccountProblem.unknown(name);
        }
        events.publishEvent(new AccountChanged(changed.id(), changed.roles()));
        return view(changed);
    }

    /** A user changes their own password, giving the one they have now. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) throws IOException {
        if (admin.is(username)) {
            throw AccountProblem.configured(normalized(username));
        }
        Account current = stored(normalized(username));
        if (currentPassword == null || !encoder.matches(currentPassword, current.passwordHash())) {
            throw AccountProblem.invalid("The current password is not right.");
        }
        change(username, newPassword, null);
    }

    private Account stored(String name) throws IOException {
        if (!USERNAME.matcher(name).matches()) {
            throw AccountProblem.unknown(name);
        }
        return store.find(name).orElseThrow(() -> AccountProblem.unknown(name));
    }

    private static void checkPassword(String password) {
        String problem = PasswordRules.problemWith(password);
        if (problem != null) {
            throw AccountProblem.invalid(problem);
        }
    }

    static List<String> roles(List<String> requested) {
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

    /** A user name as accounts are stored and compared under: stripped and lower-cased. */
    public static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountView view(Account account) {
        return new AccountView(account.username(), account.roles(), account.createdAt(), false);
    }
}
