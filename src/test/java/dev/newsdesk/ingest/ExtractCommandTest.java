package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The extract command on the seeds: what the indexer sees, as one JSON object a line. */
class ExtractCommandTest {

    private static final List<String> FIELDS = List.of("file", "title", "outlet", "agency", "published", "body", "people", "organizations", "places");
    private static List<Map<String, Object>> seeds;

    @BeforeAll
    static void extractTheSeeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ExtractCommand.run(List.of("seeds"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        JsonMapper json = JsonMapper.builder().build();
        seeds = out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> json.readValue(line, new TypeReference<Map<String, Object>>() { })).toList();
    }

    @Test
    void printsOneObjectPerFileWithExactlyTheDocumentedFields() {
        assertThat(seeds).hasSize(5).allSatisfy(article -> assertThat(article.keySet()).containsExactlyElementsOf(FIELDS));
    }

    @Test
    void namesTheOutletsTheTextReveals() {
        assertThat(seed("000").get("outlet")).isEqualTo("Aaj News");
        assertThat(seed("001").get("outlet")).isEqualTo("South China Morning Post");
        assertThat(seed("003").get("outlet")).isEqualTo("VOA");
        assertThat(seed("004").get("agency")).isEqualTo("AFP");
        assertThat(seeds).noneSatisfy(article -> assertThat(article.get("outlet")).isIn("AFP", "Reuters", "AP"));
    }

    @Test
    void keepsNoPageFurnitureInBodiesOrEntities() {
        for (Map<String, Object> article : seeds) {
            assertThat((String) article.get("body")).doesNotContain("Advertisement", "Reading Time", "Contact Us", "Accessibility links");
            for (String facet : List.of("people", "organizations", "places")) {
                assertThat(list(article, facet)).doesNotContain("Advertisement", "Twitter", "State", "Saturday", "Friday");
            }
        }
    }

    @Test
    void mergesSurnamesIntoTheFullNameAcrossEverySeed() {
        assertThat(seeds).allSatisfy(article -> assertThat(list(article, "people")).contains("Antony Blinken").doesNotContain("Blinken"));
    }

    @Test
    void reportsAFileThatFailsByNameAndExitsNonZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Harbour board approves a ferry terminal\nThe Portvale harbour board approved the terminal on Tuesday.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ExtractCommand.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt").contains("empty");
    }

    private static Map<String, Object> seed(String prefix) {
        return seeds.stream().filter(article -> Path.of((String) article.get("file")).getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> article, String field) {
        return (List<String>) article.get(field);
    }
}
