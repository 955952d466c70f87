package dev.newsdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The crawler's archive: every fetched exchange becomes a request, a response and a metadata record in a gzipped WARC
 * file that any WARC reader can replay, and that {@link WarcPages} reads back with the page's hints.
 */
class WarcArchiveTest {

    private static final Instant FETCHED = Instant.parse("2026-11-30T08:15:00Z");

    @TempDir
    Path dir;

    @Test
    void anExchangeReadsBackAsThePageWithItsMetadata() throws IOException {
        try (WarcArchive archive = new WarcArchive(new ArchiveProperties(dir, 100))) {
            archive.write(exchange("https://outlet.example/news/ferry", "<html><title>Ferry</title></html>"),
                    Map.of("outlet", "Harbour Times", "collections", "local press"));
        }

        List<ArchivedPage> pages = new ArrayList<>();
        WarcPages.Summary summary = WarcPages.read(onlyFile(), pages::add);

        assertThat(summary.pages()).isEqualTo(1);
        assertThat(summary.problems()).isEmpty();
        ArchivedPage page = pages.get(0);
        assertThat(page.target()).isEqualTo(URI.create("https://outlet.example/news/ferry"));
        assertThat(page.date()).isEqualTo(FETCHED);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<html><title>Ferry</title></html>");
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.metadata()).containsEntry("outlet", "Harbour Times").containsEntry("collections",
                "local press");
    }

    @Test
    void eachExchangeIsARequestAResponseAndAMetadataRecordThatRefersToTheResponse() throws IOException {
        try (WarcArchive archive = new WarcArchive(new ArchiveProperties(dir, 100))) {
            archive.write(exchange("https://outlet.example/a", "<html>a</html>"), Map.of("title", "A"));
        }

        List<WarcRecord> records = new ArrayList<>();
        URI responseId = null;
        String refersTo = null;
        try (WarcReader reader = new WarcReader(onlyFile())) {
            for (WarcRecord record : reader) {
                records.add(record);
                if (record instanceof WarcResponse response) {
                    responseId = response.id();
                    assertThat(response.http().status()).isEqualTo(200);
                    assertThat(response.http().headers().first("Content-Encoding")).isEmpty();
                    assertThat(response.http().headers().first("Content-Length")).contains("14");
                }
                if (record instanceof WarcMetadata metadata) {
                    refersTo = metadata.headers().first("WARC-Refers-To").orElseThrow();
                }
            }
        }
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "request", "response",
                "metadata");
        assertThat(records.get(1)).isInstanceOf(WarcRequest.class);
        assertThat(refersTo).isEqualTo("<" + responseId + ">");
    }

    @Test
    void theFileBeingWrittenEndsInOpenAndIsReadableAfterEveryExchange() throws IOException {
        try (WarcArchive archive = new WarcArchive(new ArchiveProperties(dir, 100))) {
            archive.write(exchange("https://outlet.example/a", "<html>a</html>"), Map.of());
            Path open = onlyFile();
            assertThat(open.getFileName().toString()).endsWith(".warc.gz.open");

            assertThat(WarcPages.read(open, page -> { }).pages()).isEqualTo(1);
        }
        assertThat(onlyFile().getFileName().toString()).endsWith(".warc.gz");
    }

    @Test
    void aFileIsClosedAndTheNextStartedOnceItReachesTheRotationSize() throws IOException {
        String big = "<html>" + "x".repeat(700 * 1024) + "</html>";
        try (WarcArchive archive = new WarcArchive(new ArchiveProperties(dir, 1))) {
            for (int i = 0; i < 4; i++) {
                archive.write(exchange("https://outlet.example/" + i, big + i), Map.of());
            }
        }
        List<Path> files = files();
        // 700 KB of one letter compresses to a few KB: rotation counts the bytes written, so all four fit in one.
        assertThat(files).hasSize(1);

        String random = randomHtml(700 * 1024);
        try (WarcArchive archive = new WarcArchive(new ArchiveProperties(dir.resolve("random"), 1))) {
            for (int i = 0; i < 4; i++) {
                archive.write(exchange("https://outlet.example/" + i, random), Map.of());
            }
        }
        List<Path> rotated = files(dir.resolve("random"));
        assertThat(rotated).hasSize(2).allSatisfy(file -> assertThat(file.toString()).endsWith(".warc.gz"));
        int pages = 0;
        for (Path file : rotated) {
            pages += WarcPages.read(file, page -> { }).pages();
        }
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void aFileACrashedProcessLeftOpenIsClosedWhenTheNextArchiveStarts() throws IOException {
        try (WarcArchive crashed = new WarcArchive(new ArchiveProperties(dir, 100))) {
            crashed.write(exchange("https://outlet.example/a", "<html>a</html>"), Map.of());
        }
        // What a crashed process leaves: a file still named .open, and no lock on it (a lock dies with its process).
        Path written = onlyFile();
        Path open = Files.move(written, written.resolveSibling(written.getFileName() + ".open"));

        try (WarcArchive next = new WarcArchive(new ArchiveProperties(dir, 100))) {
            assertThat(Files.exists(open)).isFalse();
            Path closed = onlyFile();
            assertThat(closed.getFileName().toString()).isEqualTo(
                    open.getFileName().toString().replace(".open", ""));
            assertThat(WarcPages.read(closed, page -> { }).pages()).isEqualTo(1);
        }
    }

    private Path onlyFile() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private List<Path> files() throws IOException {
        return files(dir);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static ArchivedExchange exchange(String url, String html) {
        return new ArchivedExchange(URI.create(url), FETCHED, "GET",
                Map.of("User-Agent", List.of("Newsdesk/1.0")), 200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8"), "Content-Encoding", List.of("gzip")),
                html.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomHtml(int length) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder("<html>");
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.append("</html>").toString();
    }
}
