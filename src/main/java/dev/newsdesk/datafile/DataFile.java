package dev.newsdesk.datafile;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the knowledge files the indexer and the corpus generator run on (cruft rules, outlet signatures, aliases,
 * vocabularies): one entry per line, blank lines and lines starting with '#' ignored, fields apart with '|', items
 * within a field apart with ','. The same format serves files on the classpath and users' own files.
 */
public final class DataFile {

    private DataFile() {
    }

    /** The entries of a data file on the classpath, e.g. {@code ingest/text-cruft.txt}. */
    public static List<String> lines(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The data file " + name + " is missing from the classpath: rebuild the application.");
        }
        return lines(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** The entries of a user's data file. */
    public static List<String> lines(Path file) {
        try {
            return lines(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Cannot read the data file " + file + " (" + e.getMessage() + "): check the path and its permissions.", e);
        }
    }

    /** All the trimmed fields of an entry. */
    public static List<String> fields(String entry) {
        return Arrays.stream(entry.split("\\|", -1)).map(String::strip).toList();
    }

    /** The first {@code count} trimmed fields of an entry, the last one taking the rest; missing fields are empty strings. */
    public static List<String> fields(String entry, int count) {
        List<String> fields = new ArrayList<>(Arrays.stream(entry.split("\\|", count)).map(String::strip).toList());
        while (fields.size() < count) {
            fields.add("");
        }
        return fields;
    }

    /** The comma-separated items of a field, trimmed, empty ones left out. */
    public static List<String> items(String field) {
        return Arrays.stream(field.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Entries grouped under their {@code [section]} headings, in file order; entries before the first heading are dropped. */
    public static Map<String, List<String>> sections(List<String> entries) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String entry : entries) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(entry);
            }
        }
        return sections;
    }

    private static List<String> lines(Reader source, String name) {
        try (BufferedReader reader = new BufferedReader(source)) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the data file " + name + ": " + e.getMessage(), e);
        }
    }
}
