package dev.newsdesk.ingest.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.newsdesk.ingest.clean.CleanedArticle;
import dev.newsdesk.ingest.clean.TextDumpCleaner;

/** The seed text dumps as enrichment sees them: through the real cleaner, with the page's raw lines beside. */
final class SeedArticles {

    static final Path DIRECTORY = Path.of("seeds");
    private static final TextDumpCleaner CLEANER = new TextDumpCleaner();

    private SeedArticles() {
    }

    static CleanedArticle read(String fileName) {
        try {
            return CLEANER.clean(Files.readString(DIRECTORY.resolve(fileName), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed " + fileName + " from " + DIRECTORY.toAbsolutePath(), e);
        }
    }

    /** The page's lines before cleaning, where outlet signatures and "Published" lines sit. */
    static List<String> pageLines(String fileName) {
        try {
            return Files.readAllLines(DIRECTORY.resolve(fileName), StandardCharsets.UTF_8);
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
