package dev.newsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.newsdesk.security.SecurityProperties;

/** The settings that moved between newsdesk.security and newsdesk.accounts still work under their old names, for one release. */
@ExtendWith(OutputCaptureExtension.class)
class RenamedSettingsTest {

    @Test
    void anOldNameSetsItsNewOneAndTheWarningNamesBothButNotTheValue(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("--newsdesk.security.admin-password=kept-from-before",
                "--newsdesk.accounts.free-login-attempts=7", "--newsdesk.accounts.max-login-delay=2m")) {
            assertThat(context.getBean(AccountProperties.class).adminPassword()).isEqualTo("kept-from-before");
            assertThat(context.getBean(SecurityProperties.class).freeLoginAttempts()).isEqualTo(7);
            assertThat(context.getBean(SecurityProperties.class).maxLoginDelay()).isEqualTo(Duration.ofMinutes(2));
        }
        assertThat(output).contains("newsdesk.security.admin-password is now newsdesk.accounts.admin-password")
                .contains("newsdesk.accounts.free-login-attempts is now newsdesk.security.free-login-attempts")
                .doesNotContain("kept-from-before");
    }

    @Test
    void theNewNameWinsOverTheOldOne(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("--newsdesk.security.admin-username=old-admin",
                "--newsdesk.accounts.admin-username=new-admin")) {
            assertThat(context.getBean(AccountProperties.class).adminUsername()).isEqualTo("new-admin");
        }
        assertThat(output).contains("newsdesk.security.admin-username is ignored: newsdesk.accounts.admin-username");
    }

    @Test
    void theOldEnvironmentVariableOfTheAdminPasswordStillSetsIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("environment",
                Map.of("NEWSDESK_SECURITY_ADMIN_PASSWORD", "from-compose")));
        ConfigurationPropertySources.attach(environment);

        new RenamedSettings(destination -> new NoOpLog()).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("newsdesk.accounts.admin-password")).isEqualTo("from-compose");
    }

    @Test
    void withoutOldNamesNothingIsAdded() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getEnvironment().getPropertySources().contains(RenamedSettings.SOURCE)).isFalse();
            assertThat(context.getBean(SecurityProperties.class).freeLoginAttempts()).isEqualTo(5);
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(BothRecords.class).web(WebApplicationType.NONE).run(arguments);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AccountProperties.class, SecurityProperties.class})
    static class BothRecords {
    }
}
