package dev.newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsdesk.ingest.enrich.Sidecar;

/** Reads {@code <file>.meta.json}: what a crawler knew about the article. */
final class SidecarReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SidecarReader() {
    }

    static Sidecar read(Path sidecar) throws IOException {
        if (!Files.isRegularFile(sidecar)) {
            return Sidecar.NONE;
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(sidecar));
            return new Sidecar(text(node, "url"), text(node, "outlet"), text(node, "published"), text(node, "title"));
        } catch (JacksonException e) {
            throw new IOException("its sidecar " + sidecar.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
