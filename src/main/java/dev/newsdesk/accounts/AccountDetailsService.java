package dev.newsdesk.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may log in: the configured admin, then the accounts stored in Elasticsearch; and whether a signed-in account is
 * still as it was when it signed in. The security package's login and session check ask this, never the store.
 */
@Component
public class AccountDetailsService implements UserDetailsService {

    private final ConfiguredAdmin admin;
    private final AccountStore store;

    AccountDetailsService(ConfiguredAdmin admin, AccountStore store) {
        this.admin = admin;
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (admin.is(username)) {
            return admin.details();
        }
        String name = UserAccounts.normalized(username);
        if (!UserAccounts.USERNAME.matcher(name).matches()) {
            throw new UsernameNotFoundException("no such account");
        }
        try {
            return store.find(name)
                    .map(AccountDetailsService::user)
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        } catch (IOException e) {
            throw new UncheckedIOException("the accounts index did not answer", e);
        }
    }

    /**
     * Whether a signed-in password account is still as stored: the same identity and credentials stamp, so it was
     * neither removed (nor made anew under its name) nor given a new password or roles since it signed in.
     */
    public boolean isCurrent(AccountUser user) throws IOException {
        Optional<Account> stored = store.find(user.getUsername());
        return stored.isPresent() && stored.get().id().equals(user.ownerId())
                && stored.get().credentialsStamp().equals(user.credentialsStamp());
    }

    static AccountUser user(Account account) {
        return new AccountUser(account.username(), account.passwordHash(), Role.authorities(account.roles()), account.id(),
                account.credentialsStamp(), false);
    }
}
