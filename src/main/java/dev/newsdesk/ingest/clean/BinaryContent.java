package dev.newsdesk.ingest.clean;

/** Tells binary files (images, archives, executables) from text by the control bytes near their start. */
final class BinaryContent {

    private static final int SAMPLE_BYTES = 8192;
    private static final double MOST_CONTROL_BYTES_IN_TEXT = 0.02;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F) {
                control++;
            }
        }
        return sample > 0 && control > sample * MOST_CONTROL_BYTES_IN_TEXT;
    }
}
