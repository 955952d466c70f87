package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.Integration;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.ElasticsearchClients;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;

/**
 * {@code ingest} of a WARC file another tool wrote (here jwarc's own writer, as Common Crawl's CC-NEWS files are WARC
 * too): the HTML pages answered with 200 become articles under their target URIs, the other records are skipped and
 * counted, and a broken record is reported by its offset while the pages after it are still indexed.
 */
@Integration
class WarcIngestTest {

    private static final String WORD = "sedgewarcharbour";
    private static final Instant CAPTURED = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    @AfterEach
    void removeWhatTheTestIndexed() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            if (!client.indices().existsAlias(a -> a.name(Indices.ARTICLES)).value()) {
                return;
            }
            for (Hit<ArticleDocument> hit : indexed(client)) {
                client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
            }
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
        }
    }

    @Test
    void indexesTheHtmlPagesCountsTheRestAndReportsTheBrokenRecordByOffset() throws IOException {
        Path warc = dir.resolve("cc-news-sample.warc.gz");
        long brokenAt = writeWarc(warc);

        List<String> arguments = new ArrayList<>(List.of("ingest", dir.toString()));
        arguments.addAll(RealElasticsearch.argumentsFor(RealElasticsearch.node()));
        CommandRun run = CommandRun.of(arguments.toArray(String[]::new));

        assertThat(run.out()).contains("2 indexed", "2 WARC records skipped");
        assertThat(run.err()).contains("cc-news-sample.warc.gz", "offset " + brokenAt);
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
            assertThat(indexed(client)).extracting(hit -> hit.source().url()).containsExactlyInAnyOrder(
                    "https://harbour.example.org/news/ferry-strike", "https://harbour.example.org/news/dredging-plan");
            assertThat(indexed(client)).extracting(hit -> hit.source().title())
                    .contains("Ferry crews strike over harbour rotas");
            assertThat(indexed(client)).extracting(hit -> hit.source().fetchedAt()).as("the WARC date, as when it was fetched")
                    .containsOnly(CAPTURED);
            assertThat(indexed(client)).extracting(hit -> hit.source().published()).as("never the WARC date").containsOnlyNulls();
        }
    }

    /** Two HTML pages around a PDF, a 404 page and a broken record; returns the broken record's offset. */
    private static long writeWarc(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long brokenAt;
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writer.write(page("https://harbour.example.org/news/ferry-strike", 200, "text/html; charset=utf-8",
                    html("Ferry crews strike over harbour rotas", "Ferry crews in Portvale walked out on Monday over new rotas, the " + WORD + " union said.")));
            writer.write(page("https://harbour.example.org/annual-report.pdf", 200, "application/pdf",
                    "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.US_ASCII)));
            writer.write(page("https://harbour.example.org/news/missing", 404, "text/html",
                    html("Not found", "This page does not exist " + WORD + ".")));
            brokenAt = bytes.size();
        }
        // A gzip member cut short, as a download that broke off leaves it, then the rest of the file.
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(broken), WarcCompression.GZIP)) {
            writer.write(page("https://harbour.example.org/news/cut-off", 200, "text/html", html("Cut off", "Never read " + WORD + ".")));
        }
        bytes.write(broken.toByteArray(), 0, broken.size() / 2);
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writer.write(page("https://harbour.example.org/news/dredging-plan", 200, "text/html",
                    html("Harbour board backs the dredging plan", "The harbour board backed the dredging plan on Tuesday, the " + WORD + " committee said.")));
        }
        Files.write(file, bytes.toByteArray());
        return brokenAt;
    }

    private static WarcResponse page(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
    }

    private static byte[] html(String title, String sentence) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + sentence + "</p><p>The talks continue next week, officials said, with a second round planned.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Hit<ArticleDocument>> indexed(ElasticsearchClient client) throws IOException {
        return client.search(s -> s.index(Indices.ARTICLES).query(q -> q.match(m -> m.field("body").query(WORD))).size(20),
                ArticleDocument.class).hits().hits();
    }
}
