package dev.newsdesk.ingest.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an article file into text: UTF-8 when the bytes are valid UTF-8, else Windows-1252; never throws. */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        String utf8 = strictUtf8(bytes, start);
        // Decoding into a String replaces the few bytes Windows-1252 leaves undefined instead of failing.
        return utf8 != null ? utf8 : new String(bytes, start, bytes.length - start, WINDOWS_1252);
    }

    static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String strictUtf8(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
