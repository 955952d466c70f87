package dev.newsdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.newsdesk.datafile.DataFile;

/**
 * What a password is (NIST SP 800-63B): compared after NFKC normalization, so the same password typed in composed or
 * decomposed Unicode is one password; 8 characters at the least and at most 72 bytes, all that bcrypt reads; and not
 * one of the common passwords of {@code accounts/common-passwords.txt}.
 */
public final class PasswordRules {

    static final int MIN_CHARACTERS = 8;
    /** bcrypt reads at most 72 bytes of a password; a longer one would be cut silently. */
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = new HashSet<>(DataFile.lines("accounts/common-passwords.txt"));

    private PasswordRules() {
    }

    public static String normalized(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /** Whether a login attempt can be right at all: one over 72 bytes would match a password it only begins with. */
    public static boolean fitsBcrypt(String normalizedPassword) {
        return normalizedPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** Why a new password is refused, as a sentence; null when it is fine. */
    static String problemWith(String password) {
        String normalized = password == null ? "" : normalized(password);
        if (normalized.codePointCount(0, normalized.length()) < MIN_CHARACTERS || !fitsBcrypt(normalized)) {
            return "A password is " + MIN_CHARACTERS + " to " + MAX_BYTES + " characters long.";
        }
        if (COMMON.contains(normalized.toLowerCase(Locale.ROOT))) {
            return "That password is one of the most common ones, which are guessed first: choose another.";
        }
        return null;
    }
}
