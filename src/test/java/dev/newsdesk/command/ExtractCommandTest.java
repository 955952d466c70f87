package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The extract command: what the indexer makes of each file, as one JSON object a line, with the settings ingest reads. */
@ExtendWith(OutputCaptureExtension.class)
class ExtractCommandTest {

    /** The stored article document, field for field: what ingest would send to Elasticsearch. */
    private static final List<String> FIELDS = List.of("title", "body", "outlet", "agency", "published", "published_rule",
            "people", "organizations", "places", "mentions", "source", "url", "ingested_at", "content_hash", "source_id", "collections",
            "fetched_at");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FERRY_STORY = """
            Harbour board approves a ferry terminal
            PORTVALE: The Portvale harbour board approved a new ferry terminal on Tuesday after a decade of debate.
            Follow the Harbour Gazette on social media: @HarbourGazette
            """;

    private static List<Map<String, Object>> seeds;

    @BeforeAll
    static void extractTheSeeds() {
        CommandRun run = CommandRun.of("extract", "seeds");
        assertThat(run.exit()).as(run.err()).isZero();
        seeds = documents(run);
    }

    @Test
    void printsOneObjectPerFileWithTheFieldsOfTheIndexedDocument() {
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
        Files.writeString(dir.resolve("good.txt"), FERRY_STORY);
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        CommandRun run = CommandRun.of("extract", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).contains("failed: empty.txt: the file is empty");
    }

    @Test
    void readsTheOutletSignaturesIngestReads(@TempDir Path dir) throws IOException {
        Path story = Files.writeString(dir.resolve("ferry.txt"), FERRY_STORY);
        Path signatures = Files.writeString(dir.resolve("signatures.txt"), "Harbour Gazette | text | @HarbourGazette\n");

        Map<String, Object> plain = documents(CommandRun.of("extract", story.toString())).get(0);
        Map<String, Object> signed = documents(CommandRun.of("extract", story.toString(),
                "--newsdesk.ingest.outlet-signatures=" + signatures)).get(0);

        assertThat(plain.get("outlet")).isNotEqualTo("Harbour Gazette");
        assertThat(signed.get("outlet")).isEqualTo("Harbour Gazette");
    }

    @Test
    void refusesAnArgumentThatIsNeitherAFileNorASetting() {
        CommandRun run = CommandRun.of("extract", "seeds", "--max-size=3");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown argument '--max-size=3'", "Usage: java -jar newsdesk.jar extract");
    }

    @Test
    void refusesAFileThatDoesNotExist(@TempDir Path dir) {
        CommandRun run = CommandRun.of("extract", dir.resolve("missing.txt").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing.txt does not exist");
    }

    @Test
    void stopsOnABadSettingAndNamesIt(CapturedOutput output) {
        CommandRun run = CommandRun.of("extract", "seeds", "--newsdesk.ingest.max-file-megabytes=0");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(output.getErr()).contains("newsdesk.ingest.max-file-megabytes", "must be greater than or equal to 1");
    }

    private static List<Map<String, Object>> documents(CommandRun run) {
        return run.out().lines().map(line -> JSON.readValue(line, new TypeReference<Map<String, Object>>() { })).toList();
    }

    private static Map<String, Object> seed(String prefix) {
        return seeds.stream().filter(article -> ((String) article.get("source")).startsWith(prefix)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> article, String field) {
        return (List<String>) article.get(field);
    }
}
