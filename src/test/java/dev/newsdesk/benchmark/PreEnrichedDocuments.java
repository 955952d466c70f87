package dev.newsdesk.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.corpus.GeneratedArticle;

/**
 * The generated articles as the indexer should make them (clean body, outlet, agency, date, entities), written once
 * to an NDJSON {@code _bulk} file so that the ceiling measurement sends documents and does nothing else.
 */
public final class PreEnrichedDocuments {

    private PreEnrichedDocuments() {
    }

    /** Writes {@code count} articles as bulk index actions (id = the file's relative path; the indexer hashes it, which changes nothing searched) to {@code file}. */
    static void write(CorpusGenerator generator, int count, Path file) throws IOException {
        Instant ingestedAt = Instant.parse("2026-01-01T00:00:00Z");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int index = 0; index < count; index++) {
                GeneratedArticle article = generator.article(index);
                out.write(ElasticsearchAdmin.JSON.writeValueAsBytes(Map.of("index", Map.of("_id", article.path()))));
                out.write('\n');
                out.write(ElasticsearchAdmin.JSON.writeValueAsBytes(document(article, ingestedAt)));
                out.write('\n');
            }
        }
    }

    /** One generated article as the indexer should make it: the document a test can index without running NER. */
    public static Map<String, Object> document(GeneratedArticle article, Instant ingestedAt) {
        String body = article.body();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", article.title());
        document.put("body", body);
        document.put("outlet", article.outlet().name());
        if (article.agency() != null) {
            document.put("agency", article.agency());
        }
        document.put("published", article.published().toLocalDate().toString());
        document.put("published_rule", "generator");
        document.put("people", article.people().keySet());
        document.put("organizations", article.organizations().keySet());
        document.put("places", article.places().keySet());
        Map<String, Integer> mentions = new LinkedHashMap<>(article.people());
        mentions.putAll(article.organizations());
        mentions.putAll(article.places());
        document.put("mentions", mentions);
        document.put("source", article.path());
        document.put("url", article.url());
        document.put("ingested_at", ingestedAt.toString());
        document.put("content_hash", sha256(body));
        return document;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
