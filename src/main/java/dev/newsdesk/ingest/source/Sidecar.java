package dev.newsdesk.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a crawler knew about an article file, from {@code <file name>.meta.json} beside it; null fields are unknown.
 * It wins over what the indexer infers. The indexer reads it and the corpus generator writes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sidecar(String url, String outlet, String published, String title) {

    public static final Sidecar NONE = new Sidecar(null, null, null, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The sidecar file of an article file. */
    public static Path of(Path articleFile) {
        return articleFile.resolveSibling(articleFile.getFileName() + ".meta.json");
    }

    /** The sidecar at this path, {@link #NONE} when there is no such file; blank fields read as unknown. */
    public static Sidecar read(Path sidecar) throws IOException {
        if (!Files.isRegularFile(sidecar)) {
            return NONE;
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(sidecar));
            return new Sidecar(text(node, "url"), text(node, "outlet"), text(node, "published"), text(node, "title"));
        } catch (JacksonException e) {
            throw new IOException("its sidecar " + sidecar.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The file's content: one JSON object of the known fields, and a newline. */
    public String toJson() {
        return JSON.writeValueAsString(this) + "\n";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
