package dev.newsdesk.ingest.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads enrichment's knowledge files: one entry per line, blank lines and lines starting with '#' ignored, fields apart with '|'. */
final class DataFile {

    private DataFile() {
    }

    static List<String> entriesOf(String resource) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The enrichment data file " + resource + " is missing from the classpath: rebuild the application.");
        }
        return entriesOf(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    }

    static List<String> entriesOf(Path file) {
        try {
            return entriesOf(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Cannot read the data file " + file + " (" + e.getMessage() + "): check the path and its permissions.", e);
        }
    }

    /** The trimmed fields of an entry; a missing last field is an empty string. */
    static List<String> fields(String entry, int count) {
        List<String> fields = new ArrayList<>(Arrays.stream(entry.split("\\|", count)).map(String::trim).toList());
        while (fields.size() < count) {
            fields.add("");
        }
        return fields;
    }

    /** The comma-separated items of a field, trimmed, empty ones left out. */
    static List<String> items(String field) {
        return Arrays.stream(field.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static List<String> entriesOf(Reader source, String name) {
        try (BufferedReader reader = new BufferedReader(source)) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the data file " + name + ": " + e.getMessage(), e);
        }
    }
}
