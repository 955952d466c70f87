package dev.newsdesk.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines of a knowledge file on the classpath: blank lines and lines starting with '#' are skipped. */
final class DataFile {

    private DataFile() {
    }

    static List<String> lines(String resource) {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the data file " + resource + " is missing from the classpath: rebuild the jar");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data file " + resource, e);
        }
        return lines;
    }
}
