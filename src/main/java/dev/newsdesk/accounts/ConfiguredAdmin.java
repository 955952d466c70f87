package dev.newsdesk.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The admin account from configuration ({@code newsdesk.accounts.admin-*}), which works whatever the accounts index
 * holds. Without a configured password it makes one up, on first use, and logs it once: there is no fixed default.
 */
@Component
class ConfiguredAdmin {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredAdmin.class);
    private final String username;
    private final String configuredPassword;
    private final PasswordEncoder encoder;
    private String passwordHash;

    ConfiguredAdmin(AccountProperties properties, PasswordEncoder encoder) {
        this.username = properties.adminUsername() == null || properties.adminUsername().isBlank()
                ? "admin" : properties.adminUsername().strip().toLowerCase(Locale.ROOT);
        this.configuredPassword = password(properties);
        this.encoder = encoder;
    }

    private static String password(AccountProperties properties) {
        if (properties.adminPasswordFile() == null) {
            return properties.adminPassword();
        }
        if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
            throw new IllegalStateException("Both newsdesk.accounts.admin-password and newsdesk.accounts.admin-password-file are set: keep one.");
        }
        try {
            String password = Files.readAllLines(properties.adminPasswordFile(), StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The admin password file " + properties.adminPasswordFile() + " is empty: write the password on its first line.");
            }
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the admin password file " + properties.adminPasswordFile() + " (" + e
                    + "): check newsdesk.accounts.admin-password-file and the file's permissions.", e);
        }
    }

    String username() {
        return username;
    }

    boolean is(String name) {
        return name != null && username.equals(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A fresh copy each time: Spring Security erases the password of the one it authenticated. */
    synchronized UserDetails details() {
        if (passwordHash == null) {
            String password = configuredPassword;
            if (password == null || password.isBlank()) {
                byte[] random = new byte[12];
                new SecureRandom().nextBytes(random);
                password = HexFormat.of().formatHex(random);
                log.warn("No newsdesk.accounts.admin-password set: the admin password for this run is {}", password);
            }
            passwordHash = encoder.encode(password);
        }
        return new AccountUser(username, passwordHash, Role.authorities(List.of(Role.ADMIN.name())), username, "", true);
    }
}
