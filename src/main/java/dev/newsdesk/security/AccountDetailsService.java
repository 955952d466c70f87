package dev.newsdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Who may log in: the configured admin, then the accounts stored in Elasticsearch. */
@Component
class AccountDetailsService implements UserDetailsService {

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

    static AccountUser user(Account account) {
        return new AccountUser(account.username(), account.passwordHash(), Role.authorities(account.roles()), account.id(),
                account.credentialsStamp(), false);
    }
}
