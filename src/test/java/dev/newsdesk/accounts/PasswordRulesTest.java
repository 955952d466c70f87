package dev.newsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordRulesTest {

    private final PasswordEncoder passwords = new NormalizedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void aPasswordTypedInDecomposedUnicodeMatchesTheComposedOne() {
        String composed = "café au lait \u00e9t\u00e9";
        String decomposed = "cafe\u0301 au lait e\u0301te\u0301";

        assertThat(passwords.matches(decomposed, passwords.encode(composed))).isTrue();
        assertThat(passwords.matches(composed, passwords.encode(decomposed))).isTrue();
    }

    @Test
    void aHashMadeBeforeNormalizationStillMatchesThePasswordAsTypedThen() {
        String decomposed = "cafe\u0301 crème brûlée";
        String oldHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(decomposed);

        assertThat(passwords.matches(decomposed, oldHash)).isTrue();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordRules.problemWith("password1")).contains("most common");
        assertThat(PasswordRules.problemWith("Iloveyou1")).contains("most common");
        assertThat(PasswordRules.problemWith("a rather unusual phrase")).isNull();
    }

    @Test
    void refusesPasswordsShorterThan8CharactersOrLongerThan72Bytes() {
        assertThat(PasswordRules.problemWith("short")).contains("8 to 72");
        assertThat(PasswordRules.problemWith("é".repeat(37))).as("74 bytes").contains("8 to 72");
        assertThat(PasswordRules.problemWith("x".repeat(36) + "y".repeat(36))).isNull();
    }

    @Test
    void aLoginAttemptOver72BytesCannotBeRight() {
        assertThat(PasswordRules.fitsBcrypt("a".repeat(72))).isTrue();
        assertThat(PasswordRules.fitsBcrypt("a".repeat(73))).isFalse();
    }

    @Test
    void theCommonPasswordListHoldsAtLeastTenThousand() {
        assertThat(dev.newsdesk.datafile.DataFile.lines("accounts/common-passwords.txt")).hasSizeGreaterThanOrEqualTo(10_000);
    }
}
