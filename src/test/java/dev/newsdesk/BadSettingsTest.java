package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Settings are checked as the portal starts: a bad one stops it, and the message names it and says what is wrong. */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTest {

    /** Spring Boot names a property of a settings record by its Java name, which it also accepts as a setting. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "newsdesk.ingest.worker-threads, 0, newsdesk.ingest.workerThreads, must be greater than or equal to 1",
            "newsdesk.ingest.bulk-megabytes, 200, newsdesk.ingest.bulkMegabytes, must be less than or equal to 100",
            "newsdesk.elasticsearch.embedded.http-port, 70000, newsdesk.elasticsearch.embedded.httpPort, must be less than or equal to 65535",
            "newsdesk.accounts.admin-username, ' ', newsdesk.accounts.adminUsername, must not be blank"})
    void aBadSettingStopsTheStartAndIsNamed(String setting, String value, String namedAs, String reason, CapturedOutput output) {
        // An unreachable external cluster: the start needs no Elasticsearch to fail on a setting.
        String[] arguments = {"--" + setting + "=" + value, "--newsdesk.elasticsearch.url=http://127.0.0.1:9", "--server.port=0"};

        assertThatThrownBy(() -> NewsdeskApplication.main(arguments)).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: " + namedAs, "Value: \"" + value + "\"", "Reason: " + reason);
    }
}
