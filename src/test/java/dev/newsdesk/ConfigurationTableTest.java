package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration table in {@code docs/configuration.md} lists exactly the settings the build's configuration
 * metadata knows (every {@code newsdesk.*} property of the settings records), so the two cannot drift apart.
 */
class ConfigurationTableTest {

    private static final Path TABLE = Path.of("docs/configuration.md");
    /** A row's first cell: one name in backticks, or several, the later ones relative to the first one's prefix. */
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+`) \\|", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    @Test
    void everySettingIsInTheTableAndTheTableNamesNoOtherSetting() throws IOException {
        Set<String> documented = documented();
        Set<String> generated = generated();
        assertThat(generated).as("settings missing from " + TABLE).isSubsetOf(documented);
        assertThat(documented).as("rows of " + TABLE + " that name no setting").isSubsetOf(generated);
    }

    private static Set<String> generated() throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream metadata = ConfigurationTableTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("the build writes the configuration metadata").isNotNull();
            for (JsonNode property : JsonMapper.builder().build().readTree(metadata).get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("newsdesk.")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Set<String> documented() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(TABLE));
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            String prefix = null;
            while (name.find()) {
                String written = name.group(1);
                String full = prefix == null || written.contains(".") ? written : prefix + written;
                if (prefix == null) {
                    prefix = written.substring(0, written.lastIndexOf('.') + 1);
                }
                if (full.startsWith("newsdesk.")) {
                    names.add(full);
                }
            }
        }
        return names;
    }
}
