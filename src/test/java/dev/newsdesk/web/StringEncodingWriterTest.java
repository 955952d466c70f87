package dev.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Text written in any pieces comes out as the UTF-8 of the whole text. */
class StringEncodingWriterTest {

    private static final String TEXT = "Kyiv · Київ … 𝄞 “quoted” – done";

    @Test
    void encodesAWholeStringInOneWrite() throws IOException {
        assertThat(written(TEXT)).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsACharacterWholeWhenItsSurrogatePairIsSplitAcrossWrites() throws IOException {
        int clef = TEXT.indexOf('𝄞');
        assertThat(written(TEXT.substring(0, clef + 1), TEXT.substring(clef + 1))).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesCharacterArraysAndSingleCharacters() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StringEncodingWriter writer = new StringEncodingWriter(bytes, "UTF-8")) {
            char[] chars = TEXT.toCharArray();
            writer.write(chars, 0, 5);
            for (int i = 5; i < chars.length; i++) {
                writer.write(chars[i]);
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] written(String... pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StringEncodingWriter writer = new StringEncodingWriter(bytes, "UTF-8")) {
            for (String piece : pieces) {
                writer.write(piece);
            }
        }
        return bytes.toByteArray();
    }
}
