package dev.newsdesk.ingest.sidecar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsdesk.ingest.clean.Lines;
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

    /**
     * The sidecar in these bytes (the file's content, {@code name} its file name for the reasons). An empty file and
     * blank fields read as unknown; whitespace and control characters are tidied as in article text. Throws
     * {@link IOException} naming the sidecar when it is no JSON object or a field is not a string.
     */
    public static Sidecar parse(byte[] json, String name) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IOException("its sidecar " + name + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return NONE;
        }
        if (!node.isObject()) {
            throw new IOException("its sidecar " + name + " is not a JSON object of url, outlet, published and title");
        }
        return new Sidecar(text(node, "url", name), text(node, "outlet", name), text(node, "published", name), text(node, "title", name));
    }

    /** The file's content: one JSON object of the known fields, and a newline. */
    public String toJson() {
        return JSON.writeValueAsString(this) + "\n";
    }

    private static String text(JsonNode node, String field, String name) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IOException("its sidecar %s has %s where \"%s\" should be a string".formatted(name, kind(value), field));
        }
        String text = Lines.normalize(value.stringValue());
        return text.isEmpty() ? null : text;
    }

    private static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        return value.isArray() ? "a list" : value.isObject() ? "an object" : "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
