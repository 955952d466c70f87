package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import dev.newsdesk.reindex.ReindexProperties;
import dev.newsdesk.elasticsearch.ElasticsearchProperties;
import dev.newsdesk.ingest.IngestProperties;
import dev.newsdesk.saved.SavedProperties;
import dev.newsdesk.security.SecurityProperties;
import dev.newsdesk.accounts.AccountProperties;
import dev.newsdesk.web.PortalProperties;

/** A setting out of its range stops the start, with a message that names the setting: nothing starts on a nonsense limit. */
class SettingsAreCheckedTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(AllSettings.class)
            .withPropertyValues("newsdesk.elasticsearch.embedded.distribution=target/elasticsearch",
                    "newsdesk.elasticsearch.embedded.plugin=target/newsdesk-analysis.zip");

    @ParameterizedTest
    @ValueSource(strings = {"newsdesk.reindex.keep-versions=-1", "newsdesk.saved.max-per-user=0", "newsdesk.saved.feed-entries=0",
            "newsdesk.security.free-login-attempts=0", "newsdesk.accounts.max-tokens-per-user=0",
            "newsdesk.elasticsearch.max-connections=0", "newsdesk.elasticsearch.connect-timeout=0s",
            "newsdesk.elasticsearch.embedded.heap-megabytes=64", "newsdesk.ingest.worker-threads=0",
            "newsdesk.public-url=ftp://news.example.org"})
    void aSettingOutOfItsRangeStopsTheStartAndIsNamed(String setting) {
        String name = setting.substring(0, setting.indexOf('='));
        String prefix = name.substring(0, name.lastIndexOf('.'));
        String field = camelCase(name.substring(name.lastIndexOf('.') + 1));
        app.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(prefix).hasMessageContaining(field);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsdesk.reindex.keep-versions=0", "newsdesk.saved.max-per-user=3", "newsdesk.public-url=https://news.example.org"})
    void aSettingInItsRangeStarts(String setting) {
        app.withPropertyValues(setting).run(context -> assertThat(context).hasNotFailed());
    }

    /** Spring names a record's field in camel case where the setting is written in kebab case. */
    private static String camelCase(String kebab) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ReindexProperties.class, SavedProperties.class, AccountProperties.class, SecurityProperties.class, ElasticsearchProperties.class,
            IngestProperties.class, PortalProperties.class})
    static class AllSettings {
    }
}
