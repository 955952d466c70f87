package dev.newsdesk.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads the settings that moved when accounts and login got a prefix each under their old names, for one release: an
 * old name given without its new one sets the new one, with a warning that names both (never the value). Runs for the
 * portal and every command, after all configuration is read; delete it, and its line in {@code spring.factories}, in
 * the release after.
 */
public class RenamedSettings implements EnvironmentPostProcessor, Ordered {

    /** The property source that carries old names' values under their new names, behind every other source. */
    static final String SOURCE = "renamedSettings";
    /** Old name, new name. */
    static final List<Map.Entry<String, String>> RENAMED = List.of(
            Map.entry("newsdesk.security.admin-username", "newsdesk.accounts.admin-username"),
            Map.entry("newsdesk.security.admin-password", "newsdesk.accounts.admin-password"),
            Map.entry("newsdesk.security.admin-password-file", "newsdesk.accounts.admin-password-file"),
            Map.entry("newsdesk.accounts.free-login-attempts", "newsdesk.security.free-login-attempts"),
            Map.entry("newsdesk.accounts.free-login-attempts-per-address", "newsdesk.security.free-login-attempts-per-address"),
            Map.entry("newsdesk.accounts.max-login-delay", "newsdesk.security.max-login-delay"),
            Map.entry("newsdesk.accounts.login-failure-memory", "newsdesk.security.login-failure-memory"));

    private final Log log;

    public RenamedSettings(DeferredLogFactory logs) {
        this.log = logs.getLog(RenamedSettings.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, String> rename : RENAMED) {
            String old = rename.getKey();
            String current = rename.getValue();
            if (!environment.containsProperty(old)) {
                continue;
            }
            if (environment.containsProperty(current)) {
                log.warn(old + " is ignored: " + current + ", its new name, is set too.");
            } else {
                renamed.put(current, environment.getProperty(old));
                log.warn(old + " is now " + current + ": the old name works in this release only.");
            }
        }
        if (!renamed.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, renamed));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
