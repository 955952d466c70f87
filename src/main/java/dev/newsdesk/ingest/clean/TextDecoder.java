package dev.newsdesk.ingest.clean;

import java.nio.charset.StandardCharsets;

/** STUB until the cleaning branch lands. */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
