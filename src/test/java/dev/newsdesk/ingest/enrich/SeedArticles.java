package dev.newsdesk.ingest.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.newsdesk.ingest.clean.CleanedArticle;
import dev.newsdesk.ingest.clean.PageMetadata;

/**
 * The seed text dumps as enrichment sees them. Until the cleaner is merged, every non-blank line is a paragraph, cruft
 * included; this is the one place to switch to the real cleaner.
 */
final class SeedArticles {

    static final Path DIRECTORY = Path.of("seeds");

    private SeedArticles() {
    }

    static CleanedArticle read(String fileName) {
        try {
            List<String> lines = Files.readAllLines(DIRECTORY.resolve(fileName), StandardCharsets.UTF_8);
            return new CleanedArticle(lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList(), PageMetadata.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed " + fileName + " from " + DIRECTORY.toAbsolutePath(), e);
        }
    }

    static List<String> fileNames() {
        try (var files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seeds in " + DIRECTORY.toAbsolutePath(), e);
        }
    }
}
