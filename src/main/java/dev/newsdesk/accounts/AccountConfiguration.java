package dev.newsdesk.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password encoder: Spring Security's delegating encoder (bcrypt for new hashes, reads argon2 too), given
 * passwords in NFKC.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new NormalizedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
