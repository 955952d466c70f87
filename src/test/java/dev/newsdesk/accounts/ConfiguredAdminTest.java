package dev.newsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ConfiguredAdminTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    @TempDir
    Path dir;

    @Test
    void readsTheAdminPasswordFromTheFirstLineOfItsFile() throws Exception {
        Path file = Files.writeString(dir.resolve("admin.password"), "from the file\n");

        ConfiguredAdmin admin = new ConfiguredAdmin(settings(null, file), encoder);

        assertThat(encoder.matches("from the file", admin.details().getPassword())).isTrue();
    }

    @Test
    void refusesBothAPasswordAndAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("admin.password"), "from the file\n");

        assertThatThrownBy(() -> new ConfiguredAdmin(settings("on the command line", file), encoder))
                .hasMessageContaining("keep one");
    }

    @Test
    void namesTheFileItCannotRead() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> new ConfiguredAdmin(settings(null, missing), encoder))
                .hasMessageContaining(missing.toString()).hasMessageContaining("newsdesk.accounts.admin-password-file");
    }

    /** The admin's password and its file as given; the other account settings at their defaults. */
    private static AccountProperties settings(String password, Path file) {
        return new AccountProperties("admin", password, file, 20, Duration.ofSeconds(10));
    }
}
