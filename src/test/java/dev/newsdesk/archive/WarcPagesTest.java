package dev.newsdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Reading another tool's WARC files, as Common Crawl's CC-NEWS: the HTML pages answered with 200 are handed over, the
 * other responses are counted as skipped, and a broken record is reported by its offset while the records after it
 * are still read.
 */
class WarcPagesTest {

    private static final Instant CAPTURED = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void handsOverTheHtmlPagesAnsweredWith200AndCountsTheOtherResponses() throws IOException {
        Path file = dir.resolve("foreign.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://a.example/one", 200, "text/html; charset=utf-8", "<html>one</html>"));
            writer.write(response("https://a.example/report.pdf", 200, "application/pdf", "%PDF-1.4"));
            writer.write(response("https://a.example/gone", 404, "text/html", "<html>not found</html>"));
            writer.write(response("https://a.example/untyped", 200, null, "<!DOCTYPE html><html>two</html>"));
        }

        List<ArchivedPage> pages = new ArrayList<>();
        WarcPages.Summary summary = WarcPages.read(file, pages::add);

        assertThat(pages).extracting(page -> page.target().toString())
                .containsExactly("https://a.example/one", "https://a.example/untyped");
        assertThat(pages.get(1).contentType()).isEqualTo("text/html");
        assertThat(pages).allSatisfy(page -> assertThat(page.metadata()).isEmpty());
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.problems()).isEmpty();
    }

    @Test
    void aGzipEncodedPayloadIsDecoded() throws IOException {
        Path file = dir.resolve("encoded.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            byte[] html = "<html>zipped</html>".getBytes(StandardCharsets.UTF_8);
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Type", "text/html")
                    .addHeader("Content-Encoding", "gzip")
                    .body(MediaType.HTML, gzip(html)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://a.example/zipped")).date(CAPTURED).body(http)
                    .build());
        }

        List<ArchivedPage> pages = new ArrayList<>();
        WarcPages.read(file, pages::add);

        assertThat(pages).singleElement()
                .satisfies(page -> assertThat(new String(page.body(), StandardCharsets.UTF_8))
                        .isEqualTo("<html>zipped</html>"));
    }

    @Test
    void aBrokenRecordIsReportedByOffsetAndTheRecordsAfterItAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(member(response("https://a.example/before", 200, "text/html", "<html>before</html>")));
        long brokenAt = bytes.size();
        byte[] broken = member(response("https://a.example/broken", 200, "text/html", "<html>broken</html>"));
        bytes.write(Arrays.copyOf(broken, broken.length / 2));
        bytes.write(member(response("https://a.example/after", 200, "text/html", "<html>after</html>")));
        Path file = dir.resolve("torn.warc.gz");
        Files.write(file, bytes.toByteArray());

        List<ArchivedPage> pages = new ArrayList<>();
        WarcPages.Summary summary = WarcPages.read(file, pages::add);

        assertThat(pages).extracting(page -> page.target().toString())
                .containsExactly("https://a.example/before", "https://a.example/after");
        assertThat(summary.problems()).singleElement().asString().startsWith("offset " + brokenAt + ": ");
    }

    @Test
    void aRecordCutShortAtTheEndOfAPlainFileIsReported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(plain(response("https://a.example/first", 200, "text/html", "<html>first</html>")));
        long brokenAt = bytes.size();
        byte[] last = plain(response("https://a.example/last", 200, "text/html", "<html>" + "x".repeat(500) + "</html>"));
        bytes.write(Arrays.copyOf(last, last.length - 300));
        Path file = dir.resolve("cut.warc");
        Files.write(file, bytes.toByteArray());

        List<ArchivedPage> pages = new ArrayList<>();
        WarcPages.Summary summary = WarcPages.read(file, pages::add);

        assertThat(pages).extracting(page -> page.target().toString()).containsExactly("https://a.example/first");
        assertThat(summary.problems()).singleElement().asString().startsWith("offset " + brokenAt + ": ");
    }

    @Test
    void aFileThatIsNoWarcAtAllIsOneProblem() throws IOException {
        Path file = dir.resolve("notes.warc");
        Files.writeString(file, "these are my notes, not an archive\n".repeat(50));

        WarcPages.Summary summary = WarcPages.read(file, page -> { });

        assertThat(summary.pages()).isZero();
        assertThat(summary.problems()).singleElement().asString().startsWith("offset 0: ");
    }

    static WarcResponse response(String url, int status, String contentType, String body) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (contentType != null) {
            http.addHeader("Content-Type", contentType);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED)
                .body(http.body(contentType == null ? null : MediaType.parse(contentType), bytes).build()).build();
    }

    private static byte[] member(WarcResponse record) throws IOException {
        return gzip(plain(record));
    }

    private static byte[] plain(WarcResponse record) throws IOException {
        Path file = Files.createTempFile("record", ".warc");
        try {
            try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                    java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
                writer.write(record);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
