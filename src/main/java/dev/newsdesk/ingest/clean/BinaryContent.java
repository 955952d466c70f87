package dev.newsdesk.ingest.clean;

/** Tells binary files (images, archives, executables) from text by the control characters near their start. */
public final class BinaryContent {

    private static final int SAMPLE_LENGTH = 8192;
    /** Text has next to no control characters besides tab and line breaks; binary data has about one in ten. */
    private static final double MOST_CONTROL_CHARACTERS_IN_TEXT = 0.02;

    private BinaryContent() {
    }

    /** True for bytes that are no text in any encoding the ingest reads. */
    public static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_LENGTH);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            if (isBinaryControl(bytes[i] & 0xFF)) {
                control++;
            }
        }
        return control > sample * MOST_CONTROL_CHARACTERS_IN_TEXT;
    }

    /** True for decoded text that came from binary bytes (controls, or characters the decoder could not map). */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE_LENGTH);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x100 && isBinaryControl(c))) {
                control++;
            }
        }
        return control > sample * MOST_CONTROL_CHARACTERS_IN_TEXT;
    }

    private static boolean isBinaryControl(int code) {
        return code < 0x09 || (code > 0x0D && code < 0x20) || code == 0x7F;
    }
}
