package dev.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A settings record bound as the app binds it, for tests that run part of the app without Spring: the given
 * settings over the app's application.yml over the record's own defaults. Tests name only what they change.
 */
public final class BoundSettings {

    private BoundSettings() {
    }

    /** The record under {@code prefix} (e.g. {@code newsdesk.ingest}); {@code settings} are named relative to it. */
    public static <T> T bind(String prefix, Class<T> type, Map<String, ?> settings) {
        Map<String, Object> named = new LinkedHashMap<>();
        settings.forEach((name, value) -> named.put(prefix + "." + name, value));
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(named));
        ConfigurationPropertySources.from(applicationYml()).forEach(sources::add);
        return new Binder(sources).bindOrCreate(prefix, type);
    }

    private static List<PropertySource<?>> applicationYml() {
        try {
            return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.yml from the test class path", e);
        }
    }
}
