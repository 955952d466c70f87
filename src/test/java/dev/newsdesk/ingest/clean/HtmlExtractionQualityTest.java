package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality gate: the extractor on the 50 real pages of the public article-extraction benchmark
 * (src/test/resources/article-extraction, MIT), scored with its metric. For reference on this metric: whole-page text
 * 0.67, boilerpipe 0.86, trafilatura 0.96. Set -Darticle-extraction.predictions=DIR to write the bodies for
 * {@code score.py DIR}, which must print the same figures.
 */
class HtmlExtractionQualityTest {

    private static final String BENCHMARK = "/article-extraction/";
    private static final double REQUIRED_F1 = 0.93;

    @Test
    void extractsArticleBodiesWithF1OfAtLeast093() throws IOException {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        ShingleScore score = new ShingleScore();
        String predictionDirectory = System.getProperty("article-extraction.predictions");

        for (Map.Entry<String, JsonNode> page : groundTruth().entrySet()) {
            String body = extractor.extract(html(page.getKey()), page.getValue().get("url").stringValue()).body();
            score.addPage(page.getValue().get("articleBody").stringValue(), body);
            if (predictionDirectory != null) {
                Files.createDirectories(Path.of(predictionDirectory));
                Files.writeString(Path.of(predictionDirectory, page.getKey() + ".txt"), body);
            }
        }

        System.out.println("article-extraction benchmark: " + score.summary());
        assertThat(score.f1()).isGreaterThanOrEqualTo(REQUIRED_F1);
    }

    private static Map<String, JsonNode> groundTruth() throws IOException {
        try (InputStream in = resource("ground-truth.json")) {
            Map<String, JsonNode> pages = new TreeMap<>();
            JsonMapper.builder().build().readTree(in).properties().forEach(page -> pages.put(page.getKey(), page.getValue()));
            return pages;
        }
    }

    private static byte[] html(String id) {
        try (InputStream in = new GZIPInputStream(resource("html/" + id + ".html.gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = HtmlExtractionQualityTest.class.getResourceAsStream(BENCHMARK + name);
        assertThat(in).as("benchmark file %s on the test classpath", name).isNotNull();
        return in;
    }
}
