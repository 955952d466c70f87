package dev.newsdesk.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the generator's data files under {@code corpus/} on the classpath: one record per line, fields split on '|'. */
final class DataFile {

    private DataFile() {
    }

    /** The non-blank, non-comment lines of a data file, each split into its '|'-separated fields (trailing empties kept). */
    static List<String[]> records(String name) {
        List<String[]> records = new ArrayList<>();
        for (String line : lines(name)) {
            records.add(line.split("\\|", -1));
        }
        return records;
    }

    /** The lines of a data file grouped under its {@code [section]} headings, in file order. */
    static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    static List<String> lines(String name) {
        String resource = "/corpus/" + name;
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The corpus data file " + resource + " is missing from the classpath; rebuild the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String field(String[] record, int index) {
        return index < record.length ? record[index].strip() : "";
    }
}
