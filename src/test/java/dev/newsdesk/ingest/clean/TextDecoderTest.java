package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesValidUtf8() {
        byte[] bytes = "Zoë’s café in Kraków".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(bytes)).isEqualTo("Zoë’s café in Kraków");
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};

        assertThat(TextDecoder.decode(bytes)).isEqualTo("Hi");
    }

    @Test
    void readsInvalidUtf8AsWindows1252() {
        // "café" with é as the single byte 0xE9, and curly quotes 0x93/0x94: Windows-1252, not UTF-8.
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'o', 'k', (byte) 0x94};

        assertThat(TextDecoder.decode(bytes)).isEqualTo("café “ok”");
    }

    @Test
    void decodesNothingToEmptyText() {
        assertThat(TextDecoder.decode(new byte[0])).isEmpty();
    }

    @Test
    void neverThrowsOnRandomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);

        assertThat(TextDecoder.decode(bytes)).hasSize(bytes.length);
    }
}
