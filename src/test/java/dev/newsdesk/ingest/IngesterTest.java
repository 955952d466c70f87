package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.enrich.Sidecar;
import dev.newsdesk.article.ArticleDocument;

@NewsdeskTest
class IngesterTest {

    private static final String STORY = """
            Harbour authority approves new ferry terminal

            The Portvale harbour authority on Tuesday approved a new ferry terminal after two years of debate.
            "This is a good day for commuters," said the authority's chair, Miriam Okafor.
            Construction is expected to start in the spring and to last eighteen months.
            """;

    @Autowired
    Ingester ingester;

    @Autowired
    ElasticsearchClient client;

    @TempDir
    Path root;

    private final List<String> createdIds = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestIndexed() throws IOException {
        for (String id : createdIds) {
            client.delete(d -> d.index(Indices.ARTICLES).id(id));
        }
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }

    @Test
    void indexesEveryFileUnderTheDirectoryRecursivelyThroughTheAlias() throws IOException {
        write("a.txt", STORY);
        write("nested/deeper/b.txt", STORY.replace("Portvale", "Eastmere"));
        gzip("c.txt.gz", STORY.replace("Portvale", "Westholm"));
        write("d.html", "<html><head><title>Terminal</title></head><body><article><p>" + STORY.replace("\n", "</p><p>") + "</p></article></body></html>");
        write("ignored.csv", "not,an,article");

        IngestReport report = ingest();

        assertThat(report.files()).extracting(FileResult::file)
                .containsExactlyInAnyOrder("a.txt", "nested/deeper/b.txt", "c.txt.gz", "d.html");
        assertThat(report.count(FileResult.Status.INDEXED)).isEqualTo(4);
        assertThat(countWithBodyMatching("ferry terminal")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void reingestingSkipsUnchangedFilesAndUpdatesChangedOnesWithoutDuplicating() throws IOException {
        write("one.txt", STORY);
        write("two.txt", STORY.replace("Portvale", "Northby"));
        ingest();

        write("two.txt", STORY.replace("Portvale", "Southby"));
        IngestReport second = ingest();

        assertThat(statuses(second)).containsEntry("one.txt", FileResult.Status.UNCHANGED)
                .containsEntry("two.txt", FileResult.Status.UPDATED);
        assertThat(createdIds.stream().distinct().count()).isEqualTo(2);
    }

    @Test
    void sidecarValuesWinAndItsUrlGivesTheStableId() throws IOException {
        write("x/story.txt", STORY);
        write("x/story.txt.meta.json", """
                {"url": "https://example.org/news/ferry", "outlet": "Portvale Gazette", "title": "Ferry terminal approved", "published": "2021-03-04"}
                """);
        IngestReport report = ingest();

        String id = report.files().get(0).id();
        GetResponse<ArticleDocument> stored = client.get(g -> g.index(Indices.ARTICLES).id(id), ArticleDocument.class);
        assertThat(stored.source().url()).isEqualTo("https://example.org/news/ferry");
        assertThat(stored.source().outlet()).isEqualTo("Portvale Gazette");
        assertThat(stored.source().title()).isEqualTo("Ferry terminal approved");
        assertThat(id).isEqualTo(ArticleExtractor.idFor(new Sidecar("https://example.org/news/ferry", null, null, null), null));
    }

    @Test
    void reportsBrokenFilesByNameAndIndexesTheRest() throws IOException {
        write("good.txt", STORY);
        write("empty.txt", "");
        Files.write(root.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0});
        byte[] huge = ("word ".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(root.resolve("huge.txt"))) {
            for (int written = 0; written < 20 * 1024 * 1024; written += huge.length) {
                out.write(huge);
            }
        }
        Files.write(root.resolve("latin1.txt"), "Caf\u00e9 owners in Portvale welcome the ferry terminal plan.\n".getBytes(StandardCharsets.ISO_8859_1));
        write("no-body.html", "<html><head><title>Nothing here</title></head></html>");
        write("nested.html", "<html><body>" + "<div>".repeat(5000) + "<p>" + STORY + "</p>" + "</div>".repeat(5000) + "</body></html>");

        IngestReport report = ingest();
        Map<String, FileResult.Status> statuses = statuses(report);

        assertThat(statuses).containsEntry("good.txt", FileResult.Status.INDEXED)
                .containsEntry("latin1.txt", FileResult.Status.INDEXED)
                .containsEntry("empty.txt", FileResult.Status.FAILED)
                .containsEntry("binary.txt", FileResult.Status.FAILED)
                .containsEntry("huge.txt", FileResult.Status.FAILED)
                .containsEntry("no-body.html", FileResult.Status.FAILED);
        assertThat(statuses).containsKey("nested.html");
        assertThat(report.failures()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
        assertThat(reasonOf(report, "huge.txt")).contains("too large");
        assertThat(reasonOf(report, "binary.txt")).contains("binary");
    }

    @Test
    void failsFilesWithElasticsearchsReasonWhenTheIndexRejectsWrites() throws IOException {
        write("blocked.txt", STORY.replace("Portvale", "Blockton"));
        client.indices().putSettings(s -> s.index(Indices.ARTICLES).settings(i -> i.blocks(b -> b.write(true))));
        IngestReport report;
        try {
            report = ingest();
        } finally {
            client.indices().putSettings(s -> s.index(Indices.ARTICLES).settings(i -> i.blocks(b -> b.write(false))));
        }
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("blocked.txt");
            assertThat(failure.reason()).contains("block");
        });
    }

    private IngestReport ingest() {
        IngestReport report = ingester.ingest(List.of(root), IngestProgress.SILENT);
        report.files().stream().map(FileResult::id).filter(Objects::nonNull).forEach(createdIds::add);
        return report;
    }

    private long countWithBodyMatching(String phrase) throws IOException {
        return client.count(c -> c.index(Indices.ARTICLES).query(q -> q.matchPhrase(m -> m.field("body").query(phrase)))).count();
    }

    private static Map<String, FileResult.Status> statuses(IngestReport report) {
        return report.files().stream().collect(Collectors.toMap(FileResult::file, FileResult::status));
    }

    private static String reasonOf(IngestReport report, String file) {
        return report.files().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow().reason();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void gzip(String relative, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve(relative)))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
