package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
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
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.ingest.sidecar.Sidecar;

@NewsdeskTest
class IngesterTest {

    private static final String STORY = """
            Harbour authority approves new ferry terminal

            The Portvale harbour authority on Tuesday approved a new ferry terminal after two years of debate.
            "This is a good day for commuters," said the authority's chair, Miriam Okafor.
            Construction is expected to start in the spring and to last eighteen months.
            """;

    /** A guard against a hang or a stuck worker, not a speed check. */
    private static final Duration BOUND = Duration.ofSeconds(120);
    /** What no stored text may hold: control characters other than line breaks, and halves of surrogate pairs. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}&&[^\\n]]|\\p{Cs}|[\\uFFFE\\uFFFF]");

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

    @Test
    void aPageWithAnEntityBlowUpIsIndexedAsTheTextItHolds() throws IOException {
        write("good.txt", STORY);
        StringBuilder bomb = new StringBuilder("<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("<!ENTITY lol").append(level).append(" \"").append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<html><body><article><p>").append(STORY.replace("\n", "</p><p>")).append("&lol9;</p></article></body></html>");
        write("bomb.html", bomb.toString());

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsEntry("good.txt", FileResult.Status.INDEXED).containsEntry("bomb.html", FileResult.Status.INDEXED);
        assertThat(stored(report, "bomb.html").body()).contains("ferry terminal").hasSizeLessThan(bomb.length());
    }

    @Test
    void aPageOfAHundredThousandNestedElementsIsIndexedInBoundedTime() throws IOException {
        write("good.txt", STORY);
        write("deep.html", "<html><body>" + "<div>".repeat(100_000) + "<p>" + STORY + "</p>" + "</div>".repeat(100_000) + "</body></html>");

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsEntry("good.txt", FileResult.Status.INDEXED).containsEntry("deep.html", FileResult.Status.INDEXED);
        assertThat(stored(report, "deep.html").body()).contains("ferry terminal");
    }

    @Test
    void anArticleNamingTenThousandPeopleIsIndexedInBoundedTime() throws IOException {
        write("good.txt", STORY);
        write("crowd.txt", tenThousandPeople());

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsEntry("good.txt", FileResult.Status.INDEXED).containsEntry("crowd.txt", FileResult.Status.INDEXED);
        assertThat(stored(report, "crowd.txt").people()).hasSizeGreaterThan(1_000);
    }

    @Test
    void controlCharactersAndHalfSurrogatesNeverReachTheIndex() throws IOException {
        write("text.txt", STORY.replace("Portvale harbour", "Portvale\u0000harbour\u001b[31m").replace("approved", "\u0007approved\u001b[0m"));
        write("text.txt.meta.json", """
                {"title": "Ferry\\u0000 terminal \\u001b[2J\\ud800approved", "outlet": "Portvale\\u0007 Gazette\\udfff"}
                """);
        write("page.html", "<html><head><title>Ferry&#0;terminal&#27;[1m</title></head><body><article><p>"
                + STORY.replace("Portvale", "Port&#27;vale&#xD800;&#x1;").replace("\n", "</p><p>") + "</p></article></body></html>");

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsEntry("text.txt", FileResult.Status.INDEXED).containsEntry("page.html", FileResult.Status.INDEXED);
        for (String file : List.of("text.txt", "page.html")) {
            ArticleDocument document = stored(report, file);
            List<String> texts = new ArrayList<>(List.of(document.title(), document.body(), document.outlet()));
            texts.addAll(document.people());
            texts.addAll(document.organizations());
            texts.addAll(document.places());
            assertThat(texts).as(file).noneMatch(text -> UNPRINTABLE.matcher(text).find());
        }
        assertThat(stored(report, "text.txt").title()).isEqualTo("Ferry terminal [2Japproved");
        assertThat(stored(report, "text.txt").outlet()).isEqualTo("Portvale Gazette");
    }

    @Test
    void sidecarsWithWrongTypesFailTheirFileByNameAndTheRestIsIndexed() throws IOException {
        Map<String, String> sidecars = Map.of(
                "number.txt", "{\"title\": 42}",
                "list.txt", "{\"outlet\": [\"Portvale Gazette\", \"Harbour Herald\"]}",
                "object.txt", "{\"url\": {\"href\": \"https://example.org/ferry\"}}",
                "boolean.txt", "{\"published\": true}",
                "array.txt", "[1, 2, 3]",
                "string.txt", "\"Portvale Gazette\"",
                "deep.txt", "[".repeat(100_000));
        for (Map.Entry<String, String> sidecar : sidecars.entrySet()) {
            write(sidecar.getKey(), STORY);
            write(sidecar.getKey() + ".meta.json", sidecar.getValue());
        }
        write("extra-fields.txt", STORY);
        write("extra-fields.txt.meta.json", "{\"title\": \"Ferry terminal approved\", \"tags\": [1, {\"a\": null}]}");

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsEntry("extra-fields.txt", FileResult.Status.INDEXED);
        for (String file : sidecars.keySet()) {
            assertThat(statuses(report)).containsEntry(file, FileResult.Status.FAILED);
            assertThat(reasonOf(report, file)).contains("its sidecar " + file + ".meta.json");
        }
        assertThat(reasonOf(report, "number.txt")).contains("a number where \"title\" should be a string");
        assertThat(reasonOf(report, "list.txt")).contains("a list where \"outlet\" should be a string");
        assertThat(reasonOf(report, "object.txt")).contains("an object where \"url\" should be a string");
        assertThat(reasonOf(report, "boolean.txt")).contains("true or false where \"published\" should be a string");
        assertThat(reasonOf(report, "array.txt")).contains("is not a JSON object");
        assertThat(reasonOf(report, "deep.txt")).contains("is not valid JSON");
    }

    @Test
    void symbolicLinkLoopsAreNamedAndTheRestIsIndexed() throws IOException {
        write("good.txt", STORY);
        Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub/up"), root);
        Files.createSymbolicLink(root.resolve("self.txt"), root.resolve("self.txt"));
        Files.createSymbolicLink(root.resolve("ping.txt"), root.resolve("pong.txt"));
        Files.createSymbolicLink(root.resolve("pong.txt"), root.resolve("ping.txt"));

        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);

        assertThat(statuses(report)).containsOnlyKeys("good.txt", "self.txt", "ping.txt", "pong.txt")
                .containsEntry("good.txt", FileResult.Status.INDEXED);
        for (String loop : List.of("self.txt", "ping.txt", "pong.txt")) {
            assertThat(reasonOf(report, loop)).contains("symbolic link that leads nowhere");
        }
    }

    @Test
    void aFileThatKeepsGrowingWhileItIsReadIsNeverIndexedTorn() throws Exception {
        write("good.txt", STORY);
        Path growing = root.resolve("growing.txt");
        write("growing.txt", STORY);
        byte[] line = "Construction is expected to start in the spring and to last eighteen months.\n".getBytes(StandardCharsets.UTF_8);

        IngestReport report = whileWriting(() -> {
            try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.APPEND)) {
                // Past the size limit (10 MB) and beyond, unless the ingest ends first.
                for (long written = 0; written < 64L * 1024 * 1024; written += line.length) {
                    out.write(line);
                }
            }
        });

        assertThat(statuses(report)).containsEntry("good.txt", FileResult.Status.INDEXED);
        FileResult result = report.files().stream().filter(r -> r.file().equals("growing.txt")).findFirst().orElseThrow();
        if (result.status() == FileResult.Status.FAILED) {
            assertThat(result.reason()).containsAnyOf("changed while it was read", "too large");
        } else {
            assertThat(stored(report, "growing.txt").body()).startsWith("Harbour authority approves").endsWith("eighteen months.");
        }
    }

    @Test
    void aFileThatShrinksAndRefillsWhileItIsReadIsNeverIndexedTorn() throws Exception {
        write("good.txt", STORY);
        Path changing = root.resolve("changing.txt");
        write("changing.txt", STORY);
        byte[] story = STORY.getBytes(StandardCharsets.UTF_8);

        IngestReport report = whileWriting(() -> {
            for (int round = 0; round < 20_000; round++) {
                Files.write(changing, story, StandardOpenOption.TRUNCATE_EXISTING);
            }
        });

        assertThat(statuses(report)).containsEntry("good.txt", FileResult.Status.INDEXED);
        FileResult result = report.files().stream().filter(r -> r.file().equals("changing.txt")).findFirst().orElseThrow();
        if (result.status() == FileResult.Status.FAILED) {
            assertThat(result.reason()).containsAnyOf("changed while it was read", "empty");
        } else {
            assertThat(stored(report, "changing.txt").body()).startsWith("Harbour authority approves").endsWith("eighteen months.");
        }
    }

    /** Ingests while another thread writes, and waits for that thread. */
    private IngestReport whileWriting(Writer writer) throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                writer.write();
            } catch (IOException e) {
                failed.set(true);
            }
        });
        thread.start();
        IngestReport report = assertTimeoutPreemptively(BOUND, this::ingest);
        thread.join();
        assertThat(failed).as("the writing thread failed").isFalse();
        return report;
    }

    private interface Writer {
        void write() throws IOException;
    }

    /** An article in which ten thousand different people speak, ten to a paragraph. */
    private static String tenThousandPeople() {
        List<String> syllables = List.of("Ka", "Lo", "Mi", "Ne", "Ra", "Su", "Ta", "Vo", "Be", "Di");
        StringBuilder text = new StringBuilder("Town hall meeting draws a record crowd\n\n");
        for (int i = 0; i < 10_000; i++) {
            String given = syllables.get(i % 10) + syllables.get(i / 10 % 10).toLowerCase(Locale.ROOT) + "n";
            String family = syllables.get(i / 100 % 10) + syllables.get(i / 1000 % 10).toLowerCase(Locale.ROOT) + "sson";
            text.append(given).append(' ').append(family).append(" said the ferry terminal would help. ");
            if (i % 10 == 9) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private ArticleDocument stored(IngestReport report, String file) throws IOException {
        String id = report.files().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow().id();
        return client.get(g -> g.index(Indices.ARTICLES).id(id), ArticleDocument.class).source();
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
