package dev.newsdesk.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords after NFKC normalization ({@link PasswordRules#normalized}). A hash stored before
 * normalization came in still matches the password as it was typed then.
 */
final class NormalizedPasswords implements PasswordEncoder {

    private final PasswordEncoder hashes;

    NormalizedPasswords(PasswordEncoder hashes) {
        this.hashes = hashes;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashes.encode(PasswordRules.normalized(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        String normalized = PasswordRules.normalized(rawPassword);
        return hashes.matches(normalized, encodedPassword)
                || (!normalized.contentEquals(rawPassword) && hashes.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }
}
